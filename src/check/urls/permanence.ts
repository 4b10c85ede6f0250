import { closest } from '../../content/closest.ts';
import { urls } from '../../report/catalogue/index.ts';
import { type Diagnostic, report } from '../../report/diagnostic.ts';
import { type ListedUrl, PUBLISHED_URLS_FILE } from './published-list.ts';

export interface PermanenceInput {
  listed: readonly ListedUrl[];
  /** URLs the production build publishes now. */
  live: ReadonlySet<string>;
  /** Old paths on this domain that a page's legacy_urls redirects (old path -> page file). */
  redirected: ReadonlyMap<string, string>;
  /** Page file of each live URL, to suggest the page that replaces a lost one. */
  fileOfUrl: ReadonlyMap<string, string>;
}

const canonical = (path: string) => path.replace(/[?#].*$/, '').replace(/\/?$/, '/');

/**
 * No published URL silently disappears: each URL in published-urls.txt must still be published,
 * be redirected by a page's legacy_urls, or be marked gone (410) in the list.
 */
export function checkUrlPermanence({
  listed,
  live,
  redirected,
  fileOfUrl,
}: PermanenceInput): Diagnostic[] {
  const redirectedPaths = new Set([...redirected.keys()].map(canonical));
  const listedUrls = new Set(listed.map((u) => u.url));
  const newUrls = [...live].filter((url) => !listedUrls.has(url) && fileOfUrl.has(url));
  const diagnostics: Diagnostic[] = [];
  for (const { url, gone, line } of listed) {
    const at = { file: PUBLISHED_URLS_FILE, line, column: 1 };
    if (gone) {
      if (live.has(url)) {
        diagnostics.push(report(urls.PUBLISHED_URL_GONE_REPUBLISHED, at, { url, line }));
      }
      continue;
    }
    if (live.has(url) || redirectedPaths.has(canonical(url))) continue;
    const replacement = likelyReplacement(url, newUrls);
    diagnostics.push(
      report(urls.PUBLISHED_URL_REMOVED, at, {
        url,
        line,
        list: PUBLISHED_URLS_FILE,
        ...(replacement
          ? { replacement: { file: fileOfUrl.get(replacement), url: replacement } }
          : {}),
      }),
    );
  }
  return diagnostics;
}

/** A new URL that looks like the old one renamed or moved: same last segment or a close spelling. */
function likelyReplacement(url: string, candidates: readonly string[]): string | undefined {
  const last = (u: string) => u.split('/').filter(Boolean).at(-1) ?? '';
  const sameName = candidates.filter((c) => last(c) === last(url));
  if (sameName.length === 1) return sameName[0];
  const parent = url.replace(/[^/]+\/$/, '');
  const siblings = candidates.filter(
    (c) => c.startsWith(parent) && c.slice(parent.length).split('/').length === 2,
  );
  return closest(url, candidates) ?? (siblings.length === 1 ? siblings[0] : undefined);
}
