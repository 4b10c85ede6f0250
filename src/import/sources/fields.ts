/**
 * The front matter fields static site generators share, read the same way for every source:
 * title, summary, update date and tags. Whatever else a page carries has no home in ours and is
 * named in `dropped`, so the report can count it.
 */
import type { SourcePage } from '../source.ts';

const SUMMARY = ['description', 'summary', 'excerpt', 'lead', 'subtitle'];
const UPDATED = ['updated', 'lastmod', 'last_modified_at', 'modified'];
const TAGS = ['tags', 'categories', 'topics'];
/** Generator bookkeeping: not content, so not worth counting as dropped. */
const BOOKKEEPING = new Set([
  'layout',
  'draft',
  'weight',
  'type',
  'eleventyNavigation',
  'skip_index',
]);
/** Tags that Eleventy sites use to build collections, not to describe a page. */
const COLLECTION_TAGS = new Set(['post', 'posts', 'page', 'pages', 'blog']);

/** YYYY-MM-DD of a front matter date, in UTC as Eleventy and Hugo compute permalinks. */
export function oldSiteDate(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((v) => String(v).trim())
    .filter(Boolean);

export function pageFields(
  data: Record<string, unknown>,
  consumed: readonly string[],
): Pick<SourcePage, 'title' | 'summary' | 'updated' | 'tags' | 'dropped'> {
  const first = (names: readonly string[]) => names.find((n) => data[n] != null && data[n] !== '');
  const summaryField = first(SUMMARY);
  const updatedField = first(UPDATED);
  const used = new Set([...consumed, 'title', ...SUMMARY, ...UPDATED, ...TAGS, ...BOOKKEEPING]);
  return {
    title: typeof data.title === 'string' ? data.title.trim() : String(data.title ?? '').trim(),
    summary: summaryField ? String(data[summaryField]) : undefined,
    updated: updatedField ? oldSiteDate(data[updatedField]) : undefined,
    tags: [...new Set(TAGS.flatMap((t) => strings(data[t])))].filter(
      (t) => !COLLECTION_TAGS.has(t.toLowerCase()),
    ),
    dropped: Object.keys(data).filter((k) => !used.has(k) && data[k] != null && data[k] !== ''),
  };
}
