import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexSummary {
  /** Pages in the index, all languages together. */
  pages: number;
  /** Pages per language index, e.g. `{ en: 52, cy: 1 }`. */
  languages: Record<string, number>;
}

/**
 * Pagefind's ready-made search interfaces. The search page has its own GOV.UK markup and script
 * (layouts/search.njk, src/assets/search.js) and uses only `pagefind.js`, its worker, the
 * WebAssembly and the index, so these are not published.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Indexes the finished site with Pagefind's Node API into `<siteDir>/pagefind/`. Layouts decide
 * what is indexed and how (layouts/page.njk): only a page's `data-pagefind-body` (its title,
 * summary and body text, not the header, breadcrumbs, metadata or footer), with filters for
 * department, type and topic, the published date to sort by, and title, description, department
 * and date as result details. Pages without `data-pagefind-body` stay out: withdrawn pages, the
 * generated listings, the search page, 404 and migration reports. Each page goes into the index
 * of its `<html lang>`, so Welsh pages are indexed as Welsh.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  const outputPath = path.join(siteDir, 'pagefind');
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await created.index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const file of fs.readdirSync(outputPath)) {
    if (UNUSED_FILES.test(file)) fs.rmSync(path.join(outputPath, file));
  }
  const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
  return { pages: Object.values(languages).reduce((sum, n) => sum + n, 0), languages };
}
