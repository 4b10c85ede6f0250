import type { SiteModel } from '../content/index.ts';

export interface PageRecord {
  title: string;
  url: string;
  department: string;
  review_by: string | null;
  owner: string | null;
}

/**
 * `_site/api/pages.json`, for alerting tools: every published page with its review date and
 * owner, sorted by URL. No build time or "overdue" flag, so the file changes only when content
 * does; tools compare review_by with their own today. `url` is the site path.
 */
export function pagesApi(model: SiteModel): { pages: PageRecord[] } {
  const pages = model.pages
    .filter((p) => !p.data.draft)
    .map((p) => ({ title: p.data.title, url: p.url, department: p.department, review_by: p.data.review_by ?? null, owner: p.data.owner ?? null }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { pages };
}

/** The file's text, as the build writes it. */
export const pagesApiJson = (model: SiteModel) => `${JSON.stringify(pagesApi(model), null, 2)}\n`;
