import type { Page, SiteModel } from '../../content/index.ts';
import { pageTypes } from '../../content/schema.ts';
import { TYPE_LABELS } from '../page-view.ts';

/**
 * One checkbox of a search filter. `value` goes in the URL (`?department=tax-office`); `label`
 * is what the page shows and what the index holds (`data-pagefind-filter`), so results, filters
 * and the page a citizen reads all use the same words.
 */
export interface SearchFilterOption {
  value: string;
  label: string;
}

export interface SearchFilterGroup {
  /** The URL parameter and the Pagefind filter name. */
  name: 'department' | 'type' | 'topic';
  legend: string;
  options: SearchFilterOption[];
  /** The options as govukCheckboxes items: the script reads each one's label from `data-label`. */
  items: { value: string; text: string; attributes: { 'data-label': string } }[];
}

/** Results per page of the search page. */
export const SEARCH_PAGE_SIZE = 10;

/** Pages the search index holds: every published page that is not withdrawn (drafts never reach a build). */
export function searchablePages(model: SiteModel): Page[] {
  return model.pages.filter((p) => !p.data.withdrawn);
}

/**
 * The search page (`/search/`): its filters, built from the model so the form renders without
 * JavaScript and the URL can name filters by slug. Only values some searchable page carries are
 * offered, so no checkbox can lead to an empty result on its own.
 */
export function searchView(model: SiteModel) {
  const pages = searchablePages(model);
  const publishers = new Set(pages.flatMap((p) => [p.department, ...(p.data.departments ?? [])]));
  const types = new Set(pages.map((p) => p.data.type));
  const topics = new Set(pages.flatMap((p) => p.data.topics ?? []));
  const byLabel = (a: SearchFilterOption, b: SearchFilterOption) =>
    a.label.localeCompare(b.label, 'en');

  const groups: Omit<SearchFilterGroup, 'items'>[] = [
    {
      name: 'department',
      legend: 'Department',
      options: [...model.departments.values()]
        .filter((d) => publishers.has(d.slug))
        .map((d) => ({ value: d.slug, label: d.name }))
        .sort(byLabel),
    },
    {
      name: 'type',
      legend: 'Type of content',
      options: pageTypes
        .filter((t) => types.has(t))
        .map((t) => ({ value: t, label: TYPE_LABELS[t] })),
    },
    {
      name: 'topic',
      legend: 'Topic',
      options: Object.entries(model.topics)
        .filter(([slug]) => topics.has(slug))
        .map(([slug, t]) => ({ value: slug, label: t.title }))
        .sort(byLabel),
    },
  ];
  const filters = groups.map(
    (g): SearchFilterGroup => ({
      ...g,
      items: g.options.map((o) => ({
        value: o.value,
        text: o.label,
        attributes: { 'data-label': o.label },
      })),
    }),
  );
  return {
    title: 'Search',
    description: `Search ${model.config.name}.`,
    filters,
    sortOptions: [
      { value: 'relevance', text: 'Relevance' },
      { value: 'newest', text: 'Newest' },
    ],
    pageSize: SEARCH_PAGE_SIZE,
  };
}

export type SearchView = ReturnType<typeof searchView>;
