import type { Page, SiteModel } from '../../content/index.ts';
import { departmentName, inLanguage, pageLanguage, topicTitle } from '../../content/languages.ts';
import { pageTypes } from '../../content/schema.ts';
import { languageLinks } from '../language-links.ts';
import { label, type Strings } from '../strings.ts';

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

/**
 * Pages the search index holds: every published page that is not withdrawn (drafts never reach a
 * build), and with `lang`, those of that language's index.
 */
export function searchablePages(model: SiteModel, lang?: string): Page[] {
  return model.pages.filter(
    (p) => !p.data.withdrawn && (lang === undefined || pageLanguage(p, model.config) === lang),
  );
}

/** What the search script says, in the page's language ({count}, {query}, {results}, {n}). */
const SCRIPT_MESSAGES = [
  'one_result',
  'many_results',
  'no_results',
  'for_query',
  'failed',
  'page_number',
];

/**
 * The search page of a language (`/search/`, `/cymraeg/search/`): its filters, built from the
 * model so the form renders without JavaScript and the URL can name filters by slug. Only values
 * some searchable page of that language carries are offered, so no checkbox can lead to an empty
 * result on its own; their labels are the names that language's index holds.
 */
export function searchView(model: SiteModel, lang: string, strings: Strings) {
  const t = (key: string, args?: Record<string, string>) => label(strings, lang, key, args);
  const pages = searchablePages(model, lang);
  const publishers = new Set(pages.flatMap((p) => [p.department, ...(p.data.departments ?? [])]));
  const types = new Set(pages.map((p) => p.data.type));
  const topics = new Set(pages.flatMap((p) => p.data.topics ?? []));
  const byLabel = (a: SearchFilterOption, b: SearchFilterOption) =>
    a.label.localeCompare(b.label, lang);

  const groups: Omit<SearchFilterGroup, 'items'>[] = [
    {
      name: 'department',
      legend: t('search.department'),
      options: [...model.departments.values()]
        .filter((d) => publishers.has(d.slug))
        .map((d) => ({
          value: d.slug,
          label: departmentName(model.config, d, lang),
        }))
        .sort(byLabel),
    },
    {
      name: 'type',
      legend: t('search.type'),
      options: pageTypes
        .filter((t) => types.has(t))
        .map((type) => ({ value: type, label: t(`type.${type}`) })),
    },
    {
      name: 'topic',
      legend: t('search.topic'),
      options: Object.entries(model.topics)
        .filter(([slug]) => topics.has(slug))
        .map(([slug, topic]) => ({
          value: slug,
          label: topicTitle(model.config, topic, lang),
        }))
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
    lang,
    url: inLanguage(model.config, lang, '/search/'),
    title: t('search.title'),
    description: t('search.description', { site: model.config.name }),
    filters,
    sortOptions: [
      { value: 'relevance', text: t('search.relevance') },
      { value: 'newest', text: t('search.newest') },
    ],
    messages: Object.fromEntries(SCRIPT_MESSAGES.map((key) => [key, t(`search.${key}`)])),
    languages: languageLinks(model.config, strings, lang, (code) =>
      inLanguage(model.config, code, '/search/'),
    ),
    pageSize: SEARCH_PAGE_SIZE,
  };
}

export type SearchView = ReturnType<typeof searchView>;
