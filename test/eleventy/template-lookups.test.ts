import { describe, expect, it } from 'vitest';
import { findTemplate, indexTemplateLookups } from '../../src/eleventy/template-lookups.ts';

describe("Eleventy's template lookups by input path", () => {
  it('find what a search of the whole map finds, as the map grows', () => {
    const map: Array<{ inputPath: string; n: number }> = [];
    const paths = [
      './content/a.md',
      '/site/content/a.md',
      './content/b.md',
      '/site/content/c.md',
      './content/a.md',
    ];
    const search = (inputPath: string, absolutePath: string) =>
      map.find((entry) => entry.inputPath === inputPath || entry.inputPath === absolutePath);
    const asked = [
      ['./content/a.md', '/site/content/a.md'],
      ['./content/c.md', '/site/content/c.md'],
      ['./content/b.md', '/site/content/b.md'],
      ['./missing.md', '/site/missing.md'],
    ];
    for (const [n, inputPath] of paths.entries()) {
      map.push({ inputPath, n });
      for (const [given, absolute] of asked)
        expect(findTemplate(map, given!, absolute!)).toBe(search(given!, absolute!));
    }
    // The first entry wins, whichever form of the path it was added under.
    expect(findTemplate(map, './content/a.md', '/site/content/a.md')?.n).toBe(0);
  });

  it('are indexed in the pinned Eleventy (3.1.7); another version needs the patch looked at again', () => {
    expect(indexTemplateLookups()).toBe(true);
  });
});
