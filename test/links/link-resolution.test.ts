import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadsAnywhereTheSame } from '../../src/links/check-links.ts';

/** What the URL parser makes of a link on a page, or the error it throws. */
function resolved(url: string, page: string): string {
  try {
    return new URL(url, `http://site.invalid/gov/${page}`).href;
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

// The link check resolves a link that leads anywhere the same once for the whole site.
describe('links that resolve the same from every page', () => {
  const pages = ['index.html', 'vat/index.html', 'a/b/c/page.html', 'news/2024/01/'];
  const tail = fc.string({
    unit: fc.constantFrom(...'ab/.\\:?#%20 é\t@[]'.split(''), '..', '%2F', '%zz'),
    maxLength: 24,
  });
  const start = fc.constantFrom(
    '/',
    '//',
    '/\\',
    '/..',
    'https://',
    'HTTP://',
    'ftp://',
    'x+y.z://',
  );

  it('are the ones the URL parser resolves the same from any page', () => {
    fc.assert(
      fc.property(start, tail, (head, rest) => {
        const url = head + rest;
        expect(leadsAnywhereTheSame(url)).toBe(true);
        const first = resolved(url, pages[0]!);
        for (const page of pages) expect(resolved(url, page)).toBe(first);
      }),
      { numRuns: 2000 },
    );
  });

  it('are not links relative to the page', () => {
    for (const url of ['vat/', '../vat/', '#rates', '?page=2', '', 'http:vat/', 'https:/vat/'])
      expect(leadsAnywhereTheSame(url), url).toBe(false);
    expect(resolved('../vat/', 'a/b/c/page.html')).not.toBe(resolved('../vat/', 'index.html'));
  });
});
