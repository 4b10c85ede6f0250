import type { SiteModel } from '../content/index.ts';
import type { PublishedFile } from '../files/index.ts';

export interface PageRecord {
  title: string;
  url: string;
  department: string;
  review_by: string | null;
  owner: string | null;
  /** The images and documents the page shows or links to. */
  files: Array<{ url: string; kind: string; format: string; bytes: number; pages?: number }>;
}

/**
 * `_site/api/pages.json`, for alerting tools: every published page with its review date and
 * owner, sorted by URL. No build time or "overdue" flag, so the file changes only when content
 * does; tools compare review_by with their own today. `url` is the site path.
 */
export function pagesApi(
  model: SiteModel,
  filesByPage: ReadonlyMap<string, readonly PublishedFile[]> = new Map(),
): { pages: PageRecord[] } {
  const pages = model.pages
    .filter((p) => !p.data.draft)
    .map((p) => ({
      title: p.data.title,
      url: p.url,
      department: p.department,
      review_by: p.data.review_by ?? null,
      owner: p.data.owner ?? null,
      files: (filesByPage.get(p.file) ?? []).map((f) => ({
        url: f.url,
        kind: f.kind,
        format: f.format.abbr,
        bytes: f.bytes,
        ...(f.pages ? { pages: f.pages } : {}),
      })),
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { pages };
}

/** The file's text, as the build writes it. */
export const pagesApiJson = (
  model: SiteModel,
  filesByPage?: ReadonlyMap<string, readonly PublishedFile[]>,
) => `${JSON.stringify(pagesApi(model, filesByPage), null, 2)}\n`;
