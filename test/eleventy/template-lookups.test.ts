import { describe, expect, it } from 'vitest';
import { eleventyModule } from '../../src/eleventy/eleventy-internals.ts';
import { findTemplate, indexTemplateLookups } from '../../src/eleventy/template-lookups.ts';
import { copyExample } from '../site/helpers.ts';
import { runEleventy } from './run-eleventy.ts';

type Lookup = (this: unknown, inputPath: string) => unknown;
const TemplateMap = await eleventyModule<{ prototype: { getMapEntryForInputPath: Lookup } }>(
  './TemplateMap.js',
);
/** Eleventy's own lookup, taken before anything in this process replaced it. */
const eleventysOwn = TemplateMap?.prototype.getMapEntryForInputPath;

describe("Eleventy's template lookups by input path", () => {
  it("answer as Eleventy's own lookup does, on every lookup of a real build", async () => {
    const prototype = TemplateMap!.prototype;
    let lookups = 0;
    const differ: string[] = [];
    let indexed: Lookup | undefined;
    try {
      await runEleventy(copyExample(), () => {
        // Added after the plugin: Eleventy now holds the index, which this asks beside its own.
        indexed = prototype.getMapEntryForInputPath;
        prototype.getMapEntryForInputPath = function (inputPath) {
          const ours = indexed!.call(this, inputPath);
          const theirs = eleventysOwn!.call(this, inputPath);
          lookups++;
          if (ours !== theirs) differ.push(inputPath);
          return theirs;
        };
      });
    } finally {
      if (indexed) prototype.getMapEntryForInputPath = indexed;
    }
    expect(indexed).not.toBe(eleventysOwn);
    // Several lookups for each of the example's pages.
    expect(lookups).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  });

  it('find the first entry of a map that grows, whichever form of its path it was added under', () => {
    const map: Array<{ inputPath: string; n: number }> = [];
    const paths = ['./content/a.md', '/site/content/a.md', './content/b.md', './content/a.md'];
    for (const [n, inputPath] of paths.entries()) {
      map.push({ inputPath, n });
      expect(findTemplate(map, './content/a.md', '/site/content/a.md')?.n).toBe(0);
    }
    expect(findTemplate(map, './content/b.md', '/site/content/b.md')?.n).toBe(2);
    expect(findTemplate(map, './missing.md', '/site/missing.md')).toBeUndefined();
  });

  it('are indexed in the pinned Eleventy (3.1.7); another version needs the patch looked at again', () => {
    expect(indexTemplateLookups()).toBe(true);
  });
});
