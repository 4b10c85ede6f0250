/**
 * Which logged requests are not people visiting a page, and so do not count as hits. The rules
 * are tried in this order and a request is counted under the first that skips it; `npm run hits`
 * prints each rule with how many requests it skipped (docs/migrations/hits.md lists them).
 */
import type { LogRequest } from './request.ts';

export type SkipRule = 'status' | 'method' | 'not-a-path' | 'other-host' | 'asset' | 'bot';

/** Each rule in users' words, as the command prints it. */
export const SKIP_RULES: Record<SkipRule, string> = {
  status: 'an error status (4xx other than 404 and 410, and 5xx); 2xx and 3xx count',
  method: 'not a GET (HEAD, POST and the rest: link checkers, monitors and forms, not visits)',
  'not-a-path': 'no path to count (a garbled request line, or a target like * or host:port)',
  'other-host': 'a Host header that is not the site or one of its aliases',
  asset: 'an image, stylesheet, script or font (by extension)',
  bot: 'a robot: the user agent names a crawler or a scripted client',
};

/** Extensions of the files a page loads; documents (pdf, doc, csv...) are pages people visit. */
export const ASSET_EXTENSIONS = [
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff',
  'css', 'js', 'mjs', 'map', 'woff', 'woff2', 'ttf', 'otf', 'eot',
]; // biome-ignore format: one list

const ASSET = new RegExp(`\\.(?:${ASSET_EXTENSIONS.join('|')})$`, 'i');

/** Words that, inside a user agent, mark a robot (case-insensitive). */
export const BOT_WORDS = [
  'bot', 'crawl', 'spider', 'slurp', 'mediapartners', 'facebookexternalhit', 'bingpreview',
  'archiver', 'curl/', 'wget/', 'python-requests', 'python-urllib', 'go-http-client', 'java/',
  'libwww', 'httpclient', 'okhttp', 'scrapy', 'headlesschrome', 'lighthouse', 'pingdom',
  'uptimerobot', 'monitor', 'preview', 'feedfetcher', 'ia_archiver',
]; // biome-ignore format: one list

const BOT = new RegExp(BOT_WORDS.map((word) => word.replace(/[/.]/g, '\\$&')).join('|'), 'i');

export const countsStatus = (status: number) =>
  Number.isNaN(status) || (status >= 200 && status < 400) || status === 404 || status === 410;

/** The path of a target, without its query. */
export const pathOf = (target: string) => {
  const q = target.indexOf('?');
  return q < 0 ? target : target.slice(0, q);
};

/** The first rule that skips the request, or null when it is a hit. `hosts` are lowercase. */
export function skipRule(request: LogRequest, hosts: ReadonlySet<string>): SkipRule | null {
  if (!countsStatus(request.status)) return 'status';
  if (request.method !== 'GET') return request.method === '' ? 'not-a-path' : 'method';
  const { target } = request;
  if (!target.startsWith('/') && !/^https?:\/\//i.test(target)) return 'not-a-path';
  const host = request.host || (target.startsWith('/') ? '' : target.split('/')[2]!);
  if (host !== '' && !hosts.has(host.toLowerCase().replace(/:(80|443)$/, ''))) return 'other-host';
  if (ASSET.test(pathOf(target))) return 'asset';
  if (request.userAgent !== '' && BOT.test(request.userAgent)) return 'bot';
  return null;
}
