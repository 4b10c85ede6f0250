import type { Page } from '../../content/index.ts';
import type { pageTypes } from '../../content/schema.ts';

/** One page as a listing shows it: a link, its summary and its dates. */
export interface PageSummary {
  title: string;
  href: string;
  description: string;
  type: Page['data']['type'];
  published: string;
  /** The newest change, or the publication date. */
  updated: string;
  withdrawn: boolean;
}

export function pageSummary(page: Page): PageSummary {
  const { data } = page;
  const newest = (data.changes ?? [])
    .map((c) => c.date)
    .sort()
    .at(-1);
  return {
    title: data.title,
    href: page.url,
    description: data.description,
    type: data.type,
    published: data.published,
    updated: newest && newest > data.published ? newest : data.published,
    withdrawn: Boolean(data.withdrawn),
  };
}

/** Headings of the groups of a listing, in the order they are shown: news first. */
/** The order groups of pages come in; their headings are labels (`groups.<type>`). */
const GROUP_ORDER: ReadonlyArray<(typeof pageTypes)[number]> = ['news', 'service', 'guide', 'page'];

export interface PageGroup {
  type: string;
  pages: PageSummary[];
}

/** Pages grouped by type: news latest first, everything else A to Z. Empty groups are left out. */
export function groupByType(pages: readonly Page[]): PageGroup[] {
  const summaries = pages.map(pageSummary);
  return GROUP_ORDER.flatMap((type) => {
    const group = summaries.filter((p) => p.type === type);
    if (type === 'news') group.sort(newestFirst);
    else group.sort((a, b) => a.title.localeCompare(b.title, 'en'));
    return group.length ? [{ type, pages: group }] : [];
  });
}

export function newestFirst(a: PageSummary, b: PageSummary): number {
  return b.published.localeCompare(a.published) || a.title.localeCompare(b.title, 'en');
}

/** Pages a department publishes, alone or jointly. */
export function pagesOf(pages: readonly Page[], department: string): Page[] {
  return pages.filter(
    (p) => p.department === department || (p.data.departments ?? []).includes(department),
  );
}
