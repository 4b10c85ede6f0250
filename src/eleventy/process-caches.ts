import { eleventyModule } from './eleventy-internals.ts';

/**
 * Eleventy 3.1.7 keeps, for the whole process, every layout it compiles (keyed by the input
 * folder and the layout's name) and every page file it reads (keyed by its path), and forgets
 * them only when its watcher sees a change. A second build in one process (the tests and the
 * benchmarks do this) would render with the first build's layouts, and so with the first
 * build's Nunjucks environment, whose globals read the first build's site model, and with the
 * pages' text as the first build read it: a page new in the second build is not found, and a
 * changed body renders as it was. Turning Eleventy's template cache off instead made the render
 * of 2,000 pages 45% slower, as every page then compiles its layouts again.
 */
const layoutCache = await eleventyModule<{ clear(): void }>('./LayoutCache.js');
const templateContent = await eleventyModule<{ _inputCache?: Map<string, string> }>(
  './TemplateContent.js',
);

/** Empties both caches before an Eleventy of ours starts; true when it could. */
export function forgetEarlierBuilds(): boolean {
  layoutCache?.clear();
  const pages = templateContent?._inputCache;
  pages?.clear();
  return Boolean(layoutCache) && pages instanceof Map;
}
