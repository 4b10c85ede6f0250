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

/** A department or topic in one of the languages it is named in. */
export interface Version {
  slug: string;
  lang: string;
}

/** One generated page per department (or topic) in each of its languages; `permalink` builds its URL. */
export function perVersion(list: 'departmentVersions' | 'topicVersions', permalink: (item: Version) => string) {
  return {
    pagination: { data: `siteIndex.${list}`, size: 1, alias: 'item', addAllPagesToCollections: false },
    permalink: (data: { item: Version }) => permalink(data.item),
  };
}
