import fs from 'node:fs';
import path from 'node:path';
import type { SiteModel } from '../../content/index.ts';
import { publishedUrls } from '../../content/published-urls.ts';
import { withoutDrafts } from '../../content/site-model.ts';
import { isSitePath } from '../../content/urls.ts';
import { urls } from '../../report/catalogue/index.ts';
import { type Diagnostic, report } from '../../report/diagnostic.ts';
import { sameDomainRedirects } from './live-urls.ts';
import { checkUrlPermanence } from './permanence.ts';
import {
  formatPublishedUrls,
  type ListedUrl,
  PUBLISHED_URLS_FILE,
  parsePublishedUrls,
} from './published-list.ts';

export { checkUrlPermanence } from './permanence.ts';
export { formatPublishedUrls, PUBLISHED_URLS_FILE, parsePublishedUrls } from './published-list.ts';

function readList(root: string): { urls: ListedUrl[]; diagnostics: Diagnostic[] } | undefined {
  const file = path.join(root, PUBLISHED_URLS_FILE);
  return fs.existsSync(file) ? parsePublishedUrls(fs.readFileSync(file, 'utf8')) : undefined;
}

/** URL permanence for `npm run check`: the list on disk against the site model. */
export function checkPublishedUrls(root: string, model: SiteModel): Diagnostic[] {
  const list = readList(root);
  if (!list) {
    return [report(urls.PUBLISHED_URLS_MISSING, { file: PUBLISHED_URLS_FILE })];
  }
  return [...list.diagnostics, ...checkUrlPermanence({ listed: list.urls, ...liveSite(model) })];
}

/**
 * The new list for `npm run urls:update`: every live URL, and every listed URL that still answers
 * (redirected, or marked 410), so a redirect cannot be dropped later without check noticing.
 * Listed URLs that would break are returned, not written: fix them first.
 */
export function updatedPublishedUrls(
  root: string,
  model: SiteModel,
): { text: string; broken: Diagnostic[] } {
  const list = readList(root) ?? { urls: [], diagnostics: [] };
  const site = liveSite(model);
  const { live, redirected } = site;
  const broken = [
    ...list.diagnostics,
    ...checkUrlPermanence({ listed: list.urls, ...site }),
  ].filter((d) => d.severity === 'error');
  const kept = list.urls.filter((u) => !live.has(u.url));
  const redirects = [...redirected.keys()].filter(isSitePath);
  const urls = [...[...live, ...redirects].map((url) => ({ url, gone: false })), ...kept];
  return { text: formatPublishedUrls(urls), broken };
}

/** What the production build publishes and redirects: the inputs of the permanence rule. */
function liveSite(model: SiteModel) {
  const published = withoutDrafts(model);
  return {
    live: publishedUrls(published),
    redirected: sameDomainRedirects(published),
    fileOfUrl: new Map([...published.pageByUrl].map(([url, page]) => [url, page.file])),
  };
}
