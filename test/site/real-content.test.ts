/**
 * Real content: 80 posts of the 18F website as their authors wrote them over ten years, with raw
 * HTML, tables, figures, entities and long text (test/fixtures/real-18f, made by
 * test/real-content/make-18f-fixture.ts). They build with no errors and read as the authors meant.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../../src/build/build-site.ts';
import { HtmlValidator } from '../../src/quality/validate-html.ts';
import { fixturesDir } from '../helpers/fixture-site.ts';

let root: string;
let result: BuildResult;
const page = (url: string) => {
  const html = fs.readFileSync(path.join(root, '_site', url, 'index.html'), 'utf8');
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
};
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'real-18f-'));
  fs.cpSync(path.join(fixturesDir, 'real-18f'), root, { recursive: true });
  result = await buildSite({ root });
}, 120_000);

describe('80 real posts of the 18F website', () => {
  it('build with no errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.model!.pages.length).toBeGreaterThanOrEqual(60);
  });

  it("show a raw HTML table as a GOV.UK table, its screen-reader-only class kept as GOV.UK's", () => {
    const html = page('blog/2019-10-29-culture-climate-survey');
    expect(html).toContain('<table class="govuk-visually-hidden govuk-table">');
    expect(html).toContain('<th scope="row" class="govuk-table__header">Score</th>');
    expect(html).not.toContain('usa-sr-only');
  });

  it('show a Markdown table of a long post with GOV.UK classes', () => {
    const html = page('blog/2016-08-29-data-act-prototype-simplicty-is-key');
    expect(html).toContain('<th class="govuk-table__header">fieldname</th>');
    expect(html).toContain('<td class="govuk-table__cell">AwardandModificationEntryID</td>');
  });

  it("keep the authors' figures with their images' alt text and captions", () => {
    const html = page('blog/2014-09-04-a-new-look-at-the-freedom-of-information-act');
    expect(html).toMatch(
      /<figure>\s*<img src="https:\/\/18f\.gsa\.gov\/assets\/blog\/foia\/in-hand\.jpg" alt="a mockup of our app on an iPhone" class="app-content-image">/,
    );
    expect(html).toContain('<figcaption>An illustrative prototype running on a mobile device');
  });

  it('show titles from the old system with their entities decoded', () => {
    expect(page('blog/2015-12-29-is-your-project-using-agilefall')).toContain(
      'Is your project using “agilefall”?</h1>',
    );
    expect(page('blog/2015-08-26-aaron-gustafson-beyond-responsive-design')).toContain(
      'Making websites more like M&amp;Ms</h1>',
    );
  });

  it('never publish a script, an inline style, an event handler or a new-tab link, and style every link', () => {
    const problems: string[] = [];
    for (const p of result.model!.pages) {
      const parser = new Parser({
        onopentag(name, attributes) {
          if (['script', 'style', 'iframe', 'object', 'embed', 'form'].includes(name))
            problems.push(`${p.url} <${name}>`);
          for (const attribute of Object.keys(attributes)) {
            if (attribute === 'style' || attribute === 'target' || attribute.startsWith('on'))
              problems.push(`${p.url} ${name} ${attribute}`);
          }
          if (name === 'a' && attributes.href && !attributes.class?.includes('govuk-link'))
            problems.push(`${p.url} unstyled link ${attributes.href}`);
          if (name === 'img' && attributes.alt === undefined)
            problems.push(`${p.url} image without alt ${attributes.src}`);
        },
      });
      parser.end(page(p.url));
    }
    expect(problems).toEqual([]);
  });

  it('read as words, not as HTML or template code', () => {
    for (const p of result.model!.pages) {
      const text = textOf(page(p.url));
      expect(
        /.{0,40}(&lt;\/?(a|p|div|span|img|br|strong|em|table|tr|td|figure|ul|li)\b|\{\{|\{%).{0,40}/.exec(
          text,
        )?.[0],
        p.url,
      ).toBeUndefined();
    }
  });

  it('are valid HTML', async () => {
    const validator = new HtmlValidator();
    const problems: string[] = [];
    for (const p of result.model!.pages) {
      const file = path.join(root, '_site', p.url, 'index.html');
      problems.push(...(await validator.validate(fs.readFileSync(file, 'utf8'), p.url)));
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('12 real posts of the 18F website whose HTML our content refuses, as written', () => {
  let refused: BuildResult;
  let refusedRoot: string;
  beforeAll(async () => {
    refusedRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'real-18f-refused-'));
    fs.cpSync(path.join(fixturesDir, 'real-18f-refused'), refusedRoot, { recursive: true });
    refused = await buildSite({ root: refusedRoot });
  }, 120_000);

  it('do not publish, and each refused element or attribute is an error naming it on its line', () => {
    expect(refused.ok).toBe(false);
    expect(fs.existsSync(path.join(refusedRoot, '_site'))).toBe(false);
    const errors = refused.diagnostics.filter((d) => d.severity === 'error');
    const byKind = (code: string, named: RegExp) =>
      errors.filter((d) => d.code === code && named.test(d.message) && d.line > 0).length;
    expect(
      byKind(
        'HTML_ATTRIBUTE_REFUSED',
        /^The attribute "style" on <(div|p|span|img|figure|table|td|a)> sets its own look/,
      ),
    ).toBe(13);
    expect(byKind('HTML_ELEMENT_REFUSED', /^The HTML element <script> is not allowed/)).toBe(3);
    expect(byKind('HTML_ELEMENT_REFUSED', /^The HTML element <iframe> is not allowed/)).toBe(2);
    // A template expression of the old site left in an image's address.
    expect(errors.filter((d) => d.code === 'LINK_RELATIVE').map((d) => d.message)).toEqual([
      'The link "{{ page.image }}" is relative, so it would break when the page moves.',
    ]);
    expect(errors).toHaveLength(19);
  });

  it("never take HTML written as an example in a code block for the page's own", () => {
    // Left out of the main fixture by its script for "<script", which appears only in fenced code.
    expect(
      refused.diagnostics.filter(
        (d) => d.file.endsWith('2015-03-13-how-to-protosketch.md') && d.severity === 'error',
      ),
    ).toEqual([]);
  });
});
