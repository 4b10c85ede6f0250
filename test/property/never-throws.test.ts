import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/content/page.ts';
import {
  FILE_URL,
  fileUrlFromPath,
  isSitePath,
  outputPathFor,
  urlFromPath,
} from '../../src/content/urls.ts';
import { normaliseUrl } from '../../src/migrations/normalise.ts';

const siteDir = '/srv/site/_site';
const insideSite = (url: string) =>
  path.resolve(siteDir, outputPathFor(url)).startsWith(`${siteDir}/`);

describe('no input makes the pure functions throw or write outside _site/', () => {
  it('normalises any string to a URL or a reason, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        fc.array(fc.string()),
        (raw, keys) => {
          const result = normaliseUrl(raw, {
            defaultHost: 'www.old.example.org',
            queryParams: keys,
          });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the same key to a URL however its case and trailing slash are written', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const a = normaliseUrl(url);
        const b = normaliseUrl(`${url.toUpperCase().replace(/^HTTPS?/, 'http')}/`);
        if (a.ok && b.ok) expect(b.url.key).toBe(a.url.key);
      }),
      { numRuns: 500 },
    );
  });

  it('derives, from any file path, either a refused URL or one inside the site folder', () => {
    const segment = fc.oneof(
      fc.string(),
      fc.constantFrom('..', '.', '', 'index', '/etc', 'C:', '%2e%2e'),
    );
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const url = urlFromPath(`${segments.join('/')}.md`);
        if (isSitePath(url)) expect(insideSite(url)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts as a permalink only what stays inside the site folder', () => {
    // Any string, and strings made of the characters a path is made of, where the edge cases are.
    const pathLike = fc
      .array(fc.constantFrom('a', 'z', '0', '-', '/', '.', '..', '%2e', '\\'), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), pathLike), (permalink) => {
        if (isSitePath(permalink)) expect(insideSite(permalink)).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it('publishes any file name inside the site folder, as a URL of a-z 0-9 - / and one dot', () => {
    const part = fc.oneof(
      fc.string(),
      fc.constantFrom('..', '.', '', '.hidden', 'Report 2024.PDF', 'a..b', '%2e%2e', 'C:', '\\'),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        const url = fileUrlFromPath(parts.join('/'));
        expect(url).toMatch(FILE_URL);
        expect(path.resolve(siteDir, url.slice(1)).startsWith(`${siteDir}/`)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('loads any text as a page or as diagnostics, never throwing', () => {
    const frontMatter = fc.dictionary(
      fc.constantFrom(
        'title',
        'description',
        'published',
        'type',
        'changes',
        'topics',
        'permalink',
        'withdrawn',
        'x',
      ),
      fc.oneof(
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.array(fc.string()),
        fc.constant(null),
        fc.object(),
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          frontMatter.map((o) => `---\n${JSON.stringify(o)}\n---\nBody`),
        ),
        (text) => {
          const { page, diagnostics } = loadPage('content/d/p.md', text, 'd', 'p.md');
          expect(page !== undefined || diagnostics.length > 0).toBe(true);
          if (page) expect(insideSite(page.url)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
