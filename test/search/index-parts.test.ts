import { describe, expect, it } from 'vitest';
import { documentsInParts } from '../../src/search/index-parts.ts';

const page = (lang: string, n: number) =>
  [`page-${n}/index.html`, `<!doctype html><html lang="${lang}"><body>${n}</body></html>`] as const;
const pages = (lang: string, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => page(lang, from + i));
const sizes = (parts: Map<string, Map<string, string>>) =>
  Object.fromEntries([...parts].map(([name, p]) => [name, p.size]));

describe('the parts of the search', () => {
  it('is one part while a language has no more pages than a part holds', () => {
    expect(sizes(documentsInParts(new Map(pages('en', 0, 1000)), 1000))).toEqual({
      'en-1-of-1': 1000,
    });
  });

  it('splits a language into parts of about the same size, each language on its own', () => {
    const parts = documentsInParts(
      new Map([...pages('en', 0, 3500), ...pages('cy', 5000, 40)]),
      1000,
    );
    expect([...parts.keys()]).toEqual([
      'cy-1-of-1',
      'en-1-of-4',
      'en-2-of-4',
      'en-3-of-4',
      'en-4-of-4',
    ]);
    for (const name of ['en-1-of-4', 'en-2-of-4', 'en-3-of-4', 'en-4-of-4']) {
      expect(parts.get(name)!.size).toBeGreaterThan(700);
      expect(parts.get(name)!.size).toBeLessThan(1050);
    }
    expect(parts.get('cy-1-of-1')!.size).toBe(40);
  });

  it('keeps every other page in its part when a page changes, comes or goes', () => {
    const before = documentsInParts(new Map(pages('en', 0, 2500)), 1000);
    const after = documentsInParts(new Map([...pages('en', 1, 2499), page('en', 9999)]), 1000);
    const partOf = (parts: typeof before, file: string) =>
      [...parts].find(([, p]) => p.has(file))?.[0];
    const moved = pages('en', 1, 2499).filter(
      ([file]) => partOf(before, file) !== partOf(after, file),
    );
    expect(moved).toEqual([]);
  });
});
