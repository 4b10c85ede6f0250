import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { checkSiteLinks, outputFileFor } from '../../src/links/check-links.ts';
import { extractLinks } from '../../src/links/extract.ts';
import { fixtureSite, writeFiles } from '../helpers/fixture-site.ts';

describe('the in-process link checker', () => {
  const pages = new Map([
    [
      'index.html',
      extractLinks(
        '<h1 id="top">Home</h1>\n<a href="/vat/#rates">rates</a>\n<a href="/vat/#nope">x</a>\n<a href="/gone/">y</a>',
      ),
    ],
    [
      'vat/index.html',
      extractLinks(
        '<h2 id="rates">Rates</h2><a href="#top">up</a><link href="/assets/app.css"><a href="https://example.org/">ext</a>',
      ),
    ],
  ]);
  const files = new Set(['index.html', 'vat/index.html', 'assets/app.css']);

  it('finds missing pages and missing fragments, with the HTML line', () => {
    expect(checkSiteLinks(pages, files).broken).toEqual([
      {
        page: 'index.html',
        url: '/vat/#nope',
        via: 'a href',
        line: 3,
        problem: 'missing-fragment',
      },
      { page: 'index.html', url: '/gone/', via: 'a href', line: 4, problem: 'missing-target' },
      { page: 'vat/index.html', url: '#top', via: 'a href', line: 1, problem: 'missing-fragment' },
    ]);
  });

  // Real posts link to text on another page (`#:~:text=`), which browsers find; no id is needed.
  it('checks only the id before a text fragment', () => {
    const linking = new Map([
      ...pages,
      [
        'news/index.html',
        extractLinks(
          '<a href="/vat/#:~:text=IRS%20Direct%20File">a</a>\n<a href="/vat/#rates:~:text=x">b</a>\n<a href="/vat/#gone:~:text=x">c</a>',
        ),
      ],
    ]);
    const broken = checkSiteLinks(linking, new Set([...files, 'news/index.html'])).broken;
    expect(broken.filter((b) => b.page === 'news/index.html').map((b) => b.url)).toEqual([
      '/vat/#gone:~:text=x',
    ]);
  });

  it('lists external links without fetching them', () => {
    expect([...checkSiteLinks(pages, files).external.keys()]).toEqual(['https://example.org/']);
  });

  it('resolves paths under a path prefix, and refuses paths outside it', () => {
    expect(outputFileFor('/gov/vat/', '/gov/')).toBe('vat/index.html');
    expect(outputFileFor('/vat/', '/gov/')).toBeUndefined();
  });
});

describe('a build with a broken link', () => {
  it('fails, naming the Markdown file and line the link came from', async () => {
    const root = fixtureSite();
    writeFiles(root, {
      'content/tax-office/vat/deadlines.md':
        '---\ntitle: VAT deadlines\ndescription: Deadlines.\npublished: 2024-02-01\n---\n\nIntro.\n\nSee [the rates table](rates.md#reduced-rate).\n',
    });
    const result = await buildSite({ root });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'LINK_FRAGMENT_MISSING',
        file: 'content/tax-office/vat/deadlines.md',
        line: 9,
        message:
          'The page /vat/deadlines/ links to /vat/rates/#reduced-rate, but that page has no heading or element with id "reduced-rate".',
      }),
    ]);
    expect(fs.existsSync(path.join(root, '_site'))).toBe(false);
  });
});
