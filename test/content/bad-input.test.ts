import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/render/markdown/check-pages.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

/** Loads the base fixture with one bad-input fixture laid over it. */
const diagnosticsOf = (fixture: string) =>
  checkSite(fixtureSite(`bad/${fixture}`), { drafts: false }).diagnostics.map(
    ({ severity, code, file, line, message, fix }) => ({
      severity,
      code,
      file,
      line,
      message,
      fix,
    }),
  );

const page = 'content/tax-office/vat/deadlines.md';

describe('each class of bad input is one diagnostic with its code, file and line', () => {
  it('accepts the valid base site without a single diagnostic', () => {
    expect(checkSite(fixtureSite(), { drafts: false }).diagnostics).toEqual([]);
  });

  it('reports a missing required field on the front matter', () => {
    expect(diagnosticsOf('missing-title')).toEqual([
      {
        severity: 'error',
        code: 'FRONT_MATTER_REQUIRED',
        file: page,
        line: 2,
        message: 'The field "title" is missing.',
        fix: 'Add "title:" with a value.',
      },
    ]);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(diagnosticsOf('impossible-date')).toEqual([
      {
        severity: 'error',
        code: 'FRONT_MATTER_INVALID',
        file: page,
        line: 4,
        message: 'The field "published" is not a real calendar date, but it is "2024-02-30".',
        fix: 'Write the date as YYYY-MM-DD, for example 2024-03-21, and check the day exists in that month.',
      },
    ]);
  });

  it('points at the line of a nested key', () => {
    expect(diagnosticsOf('nested-date')).toEqual([
      expect.objectContaining({
        code: 'FRONT_MATTER_INVALID',
        line: 8,
        message:
          'The field "changes[2].date" must be a date written YYYY-MM-DD, but it is "1 April 2024".',
      }),
    ]);
  });

  it('warns about an unknown field and suggests the near miss', () => {
    expect(diagnosticsOf('misspelt-field')).toEqual([
      {
        severity: 'warning',
        code: 'FRONT_MATTER_UNKNOWN_FIELD',
        file: page,
        line: 2,
        message: 'Unknown field "titel" (did you mean "title"?); it is ignored.',
        fix: 'Rename "titel" to "title".',
      },
    ]);
  });

  it('reports broken YAML with its line', () => {
    expect(diagnosticsOf('yaml-syntax')).toEqual([
      expect.objectContaining({ code: 'FRONT_MATTER_YAML', file: page, line: 4 }),
    ]);
    expect(diagnosticsOf('yaml-syntax')[0]!.message).toMatch(
      /^The front matter is not valid YAML: Missing closing "quote/,
    );
  });

  it('reports a page with no front matter at all', () => {
    expect(diagnosticsOf('no-front-matter')).toEqual([
      expect.objectContaining({ code: 'FRONT_MATTER_MISSING', file: page, line: 1 }),
    ]);
  });

  it('checks topics against topics.yml, on the line of the list item', () => {
    expect(diagnosticsOf('unknown-topic')).toEqual([
      {
        severity: 'error',
        code: 'TOPIC_UNKNOWN',
        file: page,
        line: 7,
        message: 'The topic "taxes-and-duty" is not in content/_data/topics.yml.',
        fix: 'Use one of: tax, business, or add the topic to content/_data/topics.yml.',
      },
    ]);
  });

  it('checks joint departments exist, suggesting the near miss', () => {
    expect(diagnosticsOf('unknown-department')).toEqual([
      expect.objectContaining({
        code: 'DEPARTMENT_UNKNOWN',
        file: page,
        line: 5,
        fix: 'Did you mean "digital-service"?',
      }),
    ]);
  });

  it('requires a start_url on a service page', () => {
    expect(diagnosticsOf('service-without-start')).toEqual([
      expect.objectContaining({
        code: 'FRONT_MATTER_REQUIRED',
        file: 'content/tax-office/vat/apply.md',
        message: 'The field "start_url" is missing (it is required on a service page).',
      }),
    ]);
  });

  it('names both files when two departments publish the same URL', () => {
    const found = diagnosticsOf('url-collision');
    expect(found.map((d) => [d.code, d.file])).toEqual([
      ['URL_COLLISION', 'content/digital-service/vat/register.md'],
      ['URL_COLLISION', 'content/tax-office/vat/register.md'],
    ]);
    expect(found[0]!.message).toBe(
      '/vat/register/ is published by 2 pages: content/digital-service/vat/register.md, content/tax-office/vat/register.md.',
    );
  });

  it('refuses a permalink that tries to leave the site folder', () => {
    expect(diagnosticsOf('permalink-escape')).toEqual([
      expect.objectContaining({
        code: 'URL_INVALID',
        file: page,
        line: 5,
        fix: 'Use "/etc/".',
      }),
    ]);
  });

  it('refuses a file name that makes an invalid URL, suggesting a valid one', () => {
    expect(diagnosticsOf('file-name-spaces')).toEqual([
      expect.objectContaining({
        code: 'URL_INVALID',
        file: 'content/tax-office/vat/VAT Deadlines.md',
        line: 1,
        fix: 'Rename the file so its URL is "/vat/vat-deadlines/", or set "permalink: /vat/vat-deadlines/".',
      }),
    ]);
  });

  it('keeps URLs the site generates for itself', () => {
    expect(diagnosticsOf('reserved-url')).toEqual([
      expect.objectContaining({
        code: 'URL_RESERVED',
        file: 'content/tax-office/index.md',
        message: 'The page would publish at /, which the site generates itself (the home page).',
      }),
    ]);
  });

  it('reports links to missing files and unpublished paths, with their lines', () => {
    expect(diagnosticsOf('broken-links').map((d) => [d.code, d.line, d.message, d.fix])).toEqual([
      [
        'LINK_BROKEN',
        7,
        'The link "old-rates.md" points at content/tax-office/vat/old-rates.md, which is not a published page.',
        "Check the file name and the ../ steps from this file, or link to the page's URL such as /vat/register/.",
      ],
      [
        'LINK_BROKEN',
        9,
        'The link "/vat/register" points at /vat/register, which this site does not publish.',
        'Add the trailing slash: /vat/register/',
      ],
      [
        'LINK_BROKEN',
        9,
        'The link "/vat/nothing/" points at /vat/nothing/, which this site does not publish.',
        'Check the address against the page you mean; site paths look like /vat/register/.',
      ],
    ]);
  });

  it('refuses unsafe raw HTML with its line, and names the Markdown for safe HTML', () => {
    expect(diagnosticsOf('raw-html').map((d) => [d.code, d.line, d.message])).toEqual([
      [
        'HTML_ELEMENT_REFUSED',
        9,
        'The HTML element <script> is not allowed in content; it has been removed.',
      ],
      ['HTML_HAS_MARKDOWN', 11, 'The HTML <b> can be written in Markdown as `**bold**`.'],
    ]);
  });

  it('reports a script URL on the line it is written', () => {
    expect(diagnosticsOf('script-url')).toEqual([
      expect.objectContaining({
        code: 'LINK_UNSAFE_SCHEME',
        line: 8,
        message:
          'The link "javascript:alert(document.cookie)" uses "javascript:", which could run code in a reader\'s browser; it has been removed.',
      }),
    ]);
  });

  it('reports unknown blocks and a details block without a summary', () => {
    expect(diagnosticsOf('unknown-block').map((d) => [d.code, d.line])).toEqual([
      ['BLOCK_UNKNOWN', 7],
      ['BLOCK_DETAILS_SUMMARY', 11],
    ]);
  });

  it('requires each department folder to have a _department.yml', () => {
    expect(diagnosticsOf('department-without-file')).toEqual([
      expect.objectContaining({
        code: 'DEPARTMENT_FILE_MISSING',
        file: 'content/health-agency/_department.yml',
      }),
    ]);
  });

  it("reports one bad department field once, without failing the department's pages", () => {
    expect(diagnosticsOf('department-bad-colour')).toEqual([
      {
        severity: 'error',
        code: 'DEPARTMENT_INVALID',
        file: 'content/tax-office/_department.yml',
        line: 2,
        message: 'The field "colour" must be a colour written #rrggbb, but it is "green".',
        fix: 'Correct the value as described.',
      },
    ]);
  });

  it('names a topic whose key is not a slug, and what a key must be', () => {
    expect(diagnosticsOf('data-fields').filter((d) => d.code === 'TOPICS_INVALID')).toEqual([
      {
        severity: 'error',
        code: 'TOPICS_INVALID',
        file: 'content/_data/topics.yml',
        line: 3,
        message:
          'The field "Business Support" must be a slug: lowercase letters, numbers and hyphens, but it is "Business Support".',
        fix: 'Correct the value as described.',
      },
    ]);
  });
});
