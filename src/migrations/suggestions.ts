/**
 * What to map next: for an unmapped old URL, up to three published pages it might go to, found
 * by the words of its path (and its old title, when known) against each page's URL and title.
 *
 * Scoring, kept small on purpose: words are lowercase runs of letters and digits, with a plural
 * `s` taken off and file words (html, php, index...) left out, and two words are one when equal or
 * when both are 5 letters or more and start alike (`registration`, `register`: `regis`). A page's
 * words are its URL's words, each pair of neighbours joined and as initials (`self-assessment`
 * also gives `selfassessment` and `sa`), and its title's. A page scores, for each distinct word
 * of the old URL it has, that word's rarity among the pages (ln(1 + pages / pages with it)):
 * full in its URL, half when only in its title; a news item (a URL under /news/) scores half, as
 * an old page's new home is seldom a dated story. Ties go to the shorter URL. Measured in
 * docs/migrations/guide.md (What to map next).
 */

import type { CoverageFigures, CoverageReport } from './coverage.ts';

export interface PageSuggestion {
  path: string;
  title: string;
}

export interface PageIndex {
  pages: Array<PageSuggestion & { urlWords: Set<string>; titleWords: Set<string> }>;
  /** Word -> the pages that have it, in URL or title (their places in `pages`). */
  pagesWith: Map<string, number[]>;
}

const FILE_WORDS = new Set(
  'html htm shtml php asp aspx jsp cfm pdf doc index default www http https'.split(' '),
);
const SMALL_WORDS = new Set('a an and the of to for in on or your you with by is'.split(' '));

/** The part of a word that is compared: its first 5 letters (`registration` -> `regis`). */
const stem = (word: string) => word.slice(0, 5);

/** The words of a text or a URL path: `/VAT/Old-Registration.html` -> `vat old registration`. */
export function wordsOf(text: string): string[] {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {}
  return (
    decoded
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z0-9]+/g) ?? []
  )
    .filter((w) => !FILE_WORDS.has(w) && !SMALL_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

export function pageIndex(titles: ReadonlyMap<string, string>): PageIndex {
  const pagesWith = new Map<string, number[]>();
  const pages = [...titles].map(([path, title], at) => {
    const words = wordsOf(path);
    const pairs = words.slice(1).map((w, i): [string, string] => [words[i]!, w]);
    const urlWords = new Set(
      [...words, ...pairs.map(([a, b]) => a + b), ...pairs.map(([a, b]) => a[0]! + b[0]!)].map(
        stem,
      ),
    );
    const titleWords = new Set(wordsOf(title).map(stem));
    for (const w of new Set([...urlWords, ...titleWords])) {
      const list = pagesWith.get(w);
      if (list) list.push(at);
      else pagesWith.set(w, [at]);
    }
    return { path, title, urlWords, titleWords };
  });
  return { pages, pagesWith };
}

/** Up to `count` pages for an old URL (its path only: the host and query are not its words). */
export function suggestPages(
  oldUrl: string,
  index: PageIndex,
  oldTitle = '',
  count = 3,
): PageSuggestion[] {
  const path = oldUrl.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const words = new Set([...wordsOf(path), ...wordsOf(oldTitle)].map(stem));
  if (words.size === 0) return [];
  // Only the pages that share a word are scored: a few of the site's pages, not all of them.
  const scores = new Map<number, number>();
  for (const w of words) {
    const having = index.pagesWith.get(w) ?? [];
    const rarity = Math.log(1 + index.pages.length / Math.max(1, having.length));
    for (const at of having)
      scores.set(
        at,
        (scores.get(at) ?? 0) + (index.pages[at]!.urlWords.has(w) ? rarity : rarity / 2),
      );
  }
  type Scored = { page: PageSuggestion; score: number };
  const before = (a: Scored, b: Scored) =>
    b.score - a.score ||
    a.page.path.length - b.page.path.length ||
    (a.page.path < b.page.path ? -1 : 1);
  // The best `count`, kept in order as the scores are read: no sort of every page scored.
  const best: Scored[] = [];
  for (const [at, raw] of scores) {
    const { path, title } = index.pages[at]!;
    const entry = { page: { path, title }, score: path.startsWith('/news/') ? raw / 2 : raw };
    if (best.length === count && before(entry, best[count - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && before(entry, best[i - 1]!) < 0) i--;
    best.splice(i, 0, entry);
    if (best.length > count) best.pop();
  }
  return best.map((s) => s.page);
}

/** The report with suggestions on each top unmapped URL, of each site and of the total. */
export function withSuggestions(report: CoverageReport, index: PageIndex): CoverageReport {
  const memo = new Map<string, PageSuggestion[]>();
  const suggest = (url: string) => {
    let found = memo.get(url);
    if (!found) memo.set(url, (found = suggestPages(url, index)));
    return found;
  };
  const add = <T extends CoverageFigures>(figures: T): T => ({
    ...figures,
    top_unmapped: figures.top_unmapped.map((u) => ({ ...u, suggestions: suggest(u.url) })),
  });
  return { sites: report.sites.map(add), total: add(report.total) };
}
