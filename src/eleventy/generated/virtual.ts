import type { SiteState } from '../site-state.ts';

/** What a generated page's module registers: its template, and the view its layout reads. */
export type GeneratedPage = (eleventyConfig: any, state: SiteState) => void;

/**
 * Adds a page the site generates from its model as an Eleventy virtual template (no file in
 * content/). Generated pages stay out of collections, so they never list themselves, and import
 * `collections.all`, so `--incremental` rebuilds them when any Markdown page changes.
 */
export function addGenerated(eleventyConfig: any, name: string, data: Record<string, unknown>, content = ''): void {
  eleventyConfig.addTemplate(`_generated/${name}`, content, {
    eleventyExcludeFromCollections: true,
    eleventyImport: { collections: ['all'] },
    ...data,
  });
}

/** One generated page per department (or topic): `slug` is the item, `permalink` builds its URL. */
export function perItem(list: 'departments' | 'topics', permalink: (slug: string) => string) {
  return {
    pagination: { data: `siteIndex.${list}`, size: 1, alias: 'slug', addAllPagesToCollections: false },
    permalink: (data: { slug: string }) => permalink(data.slug),
  };
}
