import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/content/page.ts';

const file = 'content/tax-office/vat/register.md';
const load = (frontMatter: string, body = 'Text.\n') =>
  loadPage(file, `---\n${frontMatter}\n---\n${body}`, 'tax-office', 'vat/register.md');
const valid = 'title: Register for VAT\ndescription: How to register.\npublished: 2024-01-15';

describe('front matter schema', () => {
  it('loads a valid page with defaults applied', () => {
    const { page, diagnostics } = load(valid);
    expect(diagnostics).toEqual([]);
    expect(page).toMatchObject({
      url: '/vat/register/',
      department: 'tax-office',
      data: { type: 'guide', published: '2024-01-15' },
    });
  });

  it('keeps dates as written, never turning them into Date objects', () => {
    expect(load(valid).page!.data.published).toBe('2024-01-15');
  });

  it.each([
    ['2023-02-29', 'is not a real calendar date'],
    ['2024-13-01', 'is not a real calendar date'],
    ['2024-1-5', 'must be a date written YYYY-MM-DD'],
  ])('refuses the date %s', (date, why) => {
    const { diagnostics } = load(`title: T\ndescription: D\npublished: ${date}`);
    expect(diagnostics.map((d) => d.message)).toEqual([
      `The field "published" ${why}, but it is "${date}".`,
    ]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(load('title: T\ndescription: D\npublished: 2024-02-29').diagnostics).toEqual([]);
  });

  it('lists the allowed page types when the type is wrong', () => {
    expect(load(`${valid}\ntype: article`).diagnostics[0]!.message).toBe(
      'The field "type" must be one of "guide", "news", "service", "page", but it is "article".',
    );
  });

  it('warns about long titles and descriptions', () => {
    const { diagnostics } = load(
      `title: ${'T'.repeat(66)}\ndescription: ${'D'.repeat(161)}\npublished: 2024-01-15`,
    );
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['TITLE_TOO_LONG', 'warning', 2],
      ['DESCRIPTION_TOO_LONG', 'warning', 3],
    ]);
  });

  it('records the line of each list item, for later checks', () => {
    const { page } = load(`${valid}\ntopics:\n  - tax\n  - business`);
    expect(page!.lines['topics.1']).toBe(7);
  });

  it('lets a permalink override the URL from the file path', () => {
    expect(load(`${valid}\npermalink: /register-for-vat/`).page!.url).toBe('/register-for-vat/');
  });

  it('starts the body line count after the front matter', () => {
    expect(load(valid, '\nFirst paragraph.\n').page!.bodyLine).toBe(6);
  });
});
