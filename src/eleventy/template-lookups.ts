/**
 * Eleventy 3.1.7 finds a template by its input path with a linear search of every template
 * (`TemplateMap#getMapEntryForInputPath`, "hot inner loop?" in its source), about four times per
 * page: at 10,000 pages, 40,000 searches of up to 10,000 entries in every build and in every
 * preview rebuild. `findTemplate` gives the same answer from an index. Only 3.1.7 is patched: the
 * index relies on its map growing by `push` alone, which another version may not keep to.
 */
import { eleventyModule, TemplatePath } from './eleventy-internals.ts';

interface Entry {
  inputPath: string;
}
interface Index {
  /** Entries indexed so far: the map only grows. */
  length: number;
  /** Each input path's first entry and its position. */
  first: Map<string, { entry: Entry; at: number }>;
}

const indexes = new WeakMap<readonly Entry[], Index>();

/** The first entry of `map` whose input path is `inputPath` or `absolutePath`, as `map.find` gives it. */
export function findTemplate<E extends Entry>(
  map: readonly E[],
  inputPath: string,
  absolutePath: string,
): E | undefined {
  let index = indexes.get(map);
  if (!index) indexes.set(map, (index = { length: 0, first: new Map() }));
  for (; index.length < map.length; index.length++) {
    const entry = map[index.length]!;
    if (!index.first.has(entry.inputPath))
      index.first.set(entry.inputPath, { entry, at: index.length });
  }
  const given = index.first.get(inputPath);
  const absolute = index.first.get(absolutePath);
  const found =
    given && absolute ? (given.at < absolute.at ? given : absolute) : (given ?? absolute);
  return found?.entry as E | undefined;
}

const TemplateMap = await eleventyModule<{ prototype: Record<string, unknown> }>(
  './TemplateMap.js',
);

/** Makes Eleventy's template lookups use the index; true when applied. */
export function indexTemplateLookups(): boolean {
  if (!TemplateMap) return false;
  TemplateMap.prototype.getMapEntryForInputPath = function (
    this: { map: Entry[] },
    inputPath: string,
  ) {
    return findTemplate(this.map, inputPath, TemplatePath.absolutePath(inputPath));
  };
  return true;
}
