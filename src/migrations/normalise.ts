/**
 * The one URL normaliser: every comparison of legacy URLs goes through `normaliseUrl`.
 *
 * Canonical form (after GOV.UK Transition): scheme ignored, whole URL lowercased, fragment dropped,
 * trailing slashes dropped (the root stays `/`), default ports (80, 443) dropped, IDN hosts in
 * punycode, percent-encoding made consistent (unreserved characters decoded, the rest upper-case
 * hex before the whole key is lowercased), and the query reduced to the site's significant keys,
 * sorted. A repeated key keeps its first value and an empty value counts as absent, which is what
 * nginx's `$arg_<name>` sees, so the served map agrees with this function.
 */
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

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Decodes percent-encoded unreserved characters and upper-cases the hex of the others. */
export function consistentEncoding(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function absolute(raw: string, defaultHost: string | undefined): string | null {
  if (raw.startsWith('//')) return `http:${raw}`;
  if (raw.startsWith('/')) return defaultHost ? `http://${defaultHost}${raw}` : null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return raw;
  return `http://${raw}`;
}

function reduceQuery(search: string, significant: readonly string[]): string {
  if (significant.length === 0 || search.length <= 1) return '';
  const wanted = new Set(significant.map((name) => name.toLowerCase()));
  const kept = new Map<string, string>();
  for (const part of search.slice(1).split('&')) {
    const eq = part.indexOf('=');
    const name = consistentEncoding(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : consistentEncoding(part.slice(eq + 1));
    if (wanted.has(name) && value !== '' && !kept.has(name)) kept.set(name, value);
  }
  return [...kept.keys()]
    .sort()
    .map((name) => `${name}=${kept.get(name)}`)
    .join('&');
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
  const path = consistentEncoding(url.pathname).replace(/\/+$/, '').toLowerCase() || '/';
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
