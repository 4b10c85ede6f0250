/**
 * The one URL normaliser: every comparison of legacy URLs goes through `normaliseUrl`.
 *
 * Canonical form, after GOV.UK Transition's optic14n, and read as nginx reads a request so the
 * served map agrees with the report (docs/migrations/guide.md lists every rule):
 * scheme ignored, whole URL lowercased (ASCII letters only), fragment dropped, default ports
 * dropped, IDN hosts in punycode; the path decoded to bytes, dot segments resolved after decoding,
 * trailing slashes dropped (the root stays `/`) and encoded again one way; the query reduced to the
 * site's significant keys (see `reduceQuery`).
 */
import { consistentEncoding, PATH_CHAR, UNRESERVED } from './percent-encoding.ts';

export interface NormalisedUrl {
  /** The URL as written, kept for archive links and sitemaps. */
  original: string;
  host: string;
  /** Lowercased, consistently encoded path without trailing slashes; `/` for the root. */
  path: string;
  /** Significant `key=value` pairs joined by `&`, sorted; empty when none. */
  query: string;
  /** `host + path + ('?' + query)`: the canonical key every lookup uses. */
  key: string;
}

export interface NormaliseOptions {
  /** Host for a URL written as a path, e.g. `/about.html`. */
  defaultHost?: string;
  /** Significant query keys, or a function of the URL's host giving them. */
  queryParams?: readonly string[] | ((host: string) => readonly string[]);
}

export type NormaliseResult = { ok: true; url: NormalisedUrl } | { ok: false; reason: string };

function absolute(raw: string, defaultHost: string | undefined): string | null {
  if (raw.startsWith('//')) return `http:${raw}`;
  if (raw.startsWith('/')) return defaultHost ? `http://${defaultHost}${raw}` : null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return raw;
  return `http://${raw}`;
}

/** nginx reads this many values of a repeated key (see nginx-keys.ts); later ones are ignored. */
export const REPEATED_VALUES = 3;

/**
 * The significant `key=value` pairs, keys sorted, a repeated key's values in the order written.
 * `;` separates pairs as `&` does, `+` is a space, and a value is decoded and encoded again, so
 * `a%2Fb` and `a/b` are one value. `key=` is kept (an empty value is a value); `key` alone is not.
 */
function reduceQuery(search: string, significant: readonly string[]): string {
  if (significant.length === 0 || search.length <= 1) return '';
  const wanted = new Set(significant.map((name) => name.toLowerCase()));
  const kept = new Map<string, string[]>();
  for (const part of search.slice(1).split(/[&;]/)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = consistentEncoding(part.slice(0, eq), UNRESERVED, true).toLowerCase();
    const values = kept.get(name) ?? [];
    if (!wanted.has(name) || values.length === REPEATED_VALUES) continue;
    values.push(consistentEncoding(part.slice(eq + 1), UNRESERVED, true));
    kept.set(name, values);
  }
  return [...kept.keys()]
    .sort()
    .flatMap((name) => kept.get(name)!.map((value) => `${name}=${value}`))
    .join('&');
}

/** RFC 3986 dot-segment removal, again after decoding: nginx reads `%2E%2E%2F` as `../`. */
function withoutDotSegments(path: string): string {
  const out: string[] = [];
  const segments = path.split('/');
  segments.forEach((segment, i) => {
    if (segment === '..') out.splice(Math.max(out.length - 1, 1));
    if (segment === '.' || segment === '..') {
      if (i === segments.length - 1) out.push('');
    } else out.push(segment);
  });
  return out.join('/') || '/';
}

/** An http(s) URL of ASCII letters, digits, `-._~` and slashes only: no port, query, fragment or escape. */
const PLAIN = /^https?:\/\/([a-z0-9.-]+)(\/[\w.~/-]*)?$/i;

/**
 * Host and path of a plain URL as the URL parser gives them, or undefined when it might change
 * them: a number as the last label (IPv4 forms), punycode, or `.` and `..` segments.
 * Most legacy URLs are plain, and this spares a hundred thousand of them the parser.
 */
function plainUrl(full: string): { host: string; path: string } | undefined {
  const match = PLAIN.exec(full);
  if (!match) return undefined;
  const host = match[1]!.replace(/\.$/, '').toLowerCase();
  const labels = host.split('.');
  if (!/^[a-z][a-z0-9-]*$/.test(labels.at(-1)!) || labels.some((label) => label.startsWith('xn--')))
    return undefined;
  const path = match[2] ?? '/';
  return /\/\.\.?(?:\/|$)/.test(path) ? undefined : { host, path };
}

export function normaliseUrl(raw: string, options: NormaliseOptions = {}): NormaliseResult {
  const original = raw.trim();
  if (original === '') return { ok: false, reason: 'it is empty' };
  const full = absolute(original, options.defaultHost);
  if (full === null)
    return { ok: false, reason: 'it is a path, and there is no host to put it on' };
  const plain = plainUrl(full);
  if (plain) {
    const path = plain.path.replace(/\/+$/, '').toLowerCase() || '/';
    return {
      ok: true,
      url: { original, host: plain.host, path, query: '', key: `${plain.host}${path}` },
    };
  }
  if (!/^https?:\/\//i.test(full)) return { ok: false, reason: 'it is not an http or https URL' };
  let url: URL;
  try {
    url = new URL(full);
  } catch {
    return { ok: false, reason: 'it is not a valid URL' };
  }
  const hostname = url.hostname.replace(/\.$/, '');
  if (hostname === '') return { ok: false, reason: 'it has no host' };
  const port = url.port === '' || url.port === '80' || url.port === '443' ? '' : `:${url.port}`;
  const host = `${hostname}${port}`.toLowerCase();
  const path =
    withoutDotSegments(consistentEncoding(url.pathname, PATH_CHAR))
      .replace(/\/+$/, '')
      .toLowerCase() || '/';
  const params = options.queryParams;
  const significant = typeof params === 'function' ? params(host) : (params ?? []);
  const query = reduceQuery(url.search, significant).toLowerCase();
  const key = `${host}${path}${query ? `?${query}` : ''}`;
  return { ok: true, url: { original, host, path, query, key } };
}

/** The same URL on another host: aliases of a legacy site are keyed under its main host. */
export function withHost(url: NormalisedUrl, host: string): NormalisedUrl {
  return url.host === host ? url : { ...url, host, key: host + url.key.slice(url.host.length) };
}
