import path from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexSummary {
  pages: number;
}

/**
 * Indexes the finished site with Pagefind's Node API. Layouts decide what is indexed: only each
 * page's `data-pagefind-body` (its main content, not the header, breadcrumbs or metadata), and
 * withdrawn pages carry none, so they stay out of search.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await created.index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
