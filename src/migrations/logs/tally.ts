/**
 * Adds up the hits. While the logs stream, each target is counted as it was written (a Map
 * lookup per line); at the end every distinct target is normalised once, targets that share a
 * canonical URL (normalise.ts) are one URL, and the spelling seen most often is the one written.
 */
import { type NormaliseOptions, normaliseUrl } from '../normalise.ts';

export interface UrlHits {
  /** The old site's URL, as most requests spelt it, on the site's main host. */
  url: string;
  hits: number;
}

/** Targets as logged -> requests. */
export type TargetCounts = Map<string, number>;

export function countTarget(counts: TargetCounts, target: string): void {
  counts.set(target, (counts.get(target) ?? 0) + 1);
}

/**
 * `/a/b?utm_source=x&id=3` -> `/a/b?id=3` when `id` is significant: a query key that does not
 * identify a page is no part of the URL a migration team maps, so it is not written either.
 */
export function significantSpelling(target: string, significant: ReadonlySet<string>): string {
  const path = target.replace(/^https?:\/\/[^/]*/i, '') || '/';
  const q = path.indexOf('?');
  if (q < 0) return path;
  const kept = path
    .slice(q + 1)
    .split('&')
    .filter((part) => significant.has(decodeName(part.split('=')[0]!)));
  return kept.length > 0 ? `${path.slice(0, q)}?${kept.join('&')}` : path.slice(0, q);
}

const decodeName = (name: string) => {
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
};

export interface Totals {
  urls: UrlHits[];
  /** Targets the URL parser refused, with their requests. */
  invalid: { target: string; hits: number }[];
}

/** Most hits first; equal hits in URL order, so the same logs always give the same file. */
export function totalHits(counts: TargetCounts, host: string, queryParams: string[]): Totals {
  const significant = new Set(queryParams.map((name) => name.toLowerCase()));
  const options: NormaliseOptions = { queryParams };
  const byKey = new Map<string, { hits: number; spellings: Map<string, number> }>();
  const invalid: Totals['invalid'] = [];
  for (const [target, hits] of counts) {
    const spelling = significantSpelling(target, significant);
    const parsed = normaliseUrl(`http://${host}${spelling}`, options);
    if (!parsed.ok) {
      invalid.push({ target, hits });
      continue;
    }
    const entry = byKey.get(parsed.url.key) ?? { hits: 0, spellings: new Map() };
    entry.hits += hits;
    entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + hits);
    byKey.set(parsed.url.key, entry);
  }
  const urls = [...byKey.values()].map(({ hits, spellings }) => {
    const [best] = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    return { url: `http://${host}${best}`, hits };
  });
  urls.sort((a, b) => b.hits - a.hits || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { urls, invalid };
}
