import { eleventyModule } from './eleventy-internals.ts';

/**
 * Eleventy 3.1.7 keeps every layout it compiles in one cache for the whole process, keyed by the
 * input folder and the layout's name, and empties it only when its watcher sees a change. A
 * second build of the same site in one process (the tests do this) would render with the first
 * build's layouts, and so with the first build's Nunjucks environment, whose globals read the
 * first build's site model: a page new in the second build is not found.
 */
const layoutCache = await eleventyModule<{ clear(): void }>('./LayoutCache.js');

/** Empties Eleventy's layout cache before an Eleventy of ours starts; true when it could. */
export function forgetCompiledLayouts(): boolean {
  layoutCache?.clear();
  return Boolean(layoutCache);
}
