/**
 * `legacy-sites.conf`: one `map` from canonical key to answer, and a server block for every legacy
 * site (its host and aliases) that builds the key from the request and answers 301, 410 or 404.
 * The text is a binary string (one char a byte) because keys hold decoded UTF-8 bytes, as nginx's
 * `$uri` does; write it with the 'latin1' encoding.
 */

import { nginxHeaderLines, securityHeaders } from '../quality/security-headers.ts';
import type { LegacySite, Mapping, MigrationModel } from './model.ts';
import { hashSizes } from './nginx-hash.ts';

export interface NginxOptions {
  /** `listen` parameter of every server block, e.g. `80` or `127.0.0.1:8080`. */
  listen: string;
  /** Where `_deploy/nginx/` lives on the server (holds legacy-sites/ and legacy-hosts/). */
  serverDir: string;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** Quotes a binary string for nginx's config parser. */
export const quote = (text: string) => `"${text.replace(/[\\"\n\r\t]/g, (c) => ESCAPES[c]!)}"`;

/** The map key nginx computes: host + decoded path bytes + `?` + significant query (raw). The
 * canonical key is lowercase ASCII already; decoded bytes must not be case-folded (0xC3 is not Ã). */
export function nginxKey(mapping: Mapping): string {
  const { host, path, query } = mapping.url;
  const bytes = !path.includes('%')
    ? path
    : path.replace(/%([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return `${host}${bytes}${query ? `?${query}` : ''}`;
}

/** A Location value nginx passes through as is: no `$`, quotes or spaces. */
export const safeLocation = (url: string) =>
  url.replace(
    /[\s"$\\{};]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );

function mapBlock(mappings: readonly Mapping[], keys: string[]): string[] {
  const lines = ['map $legacy_key $legacy_answer {', '  default "";'];
  const seen = new Set<string>();
  mappings.forEach((mapping, i) => {
    const key = keys[i]!;
    if (seen.has(key)) return; // two canonical keys can decode to the same bytes (%2f and /)
    seen.add(key);
    lines.push(
      `  ${quote(key)} ${quote(mapping.status === 410 ? '410' : safeLocation(mapping.target!))};`,
    );
  });
  return [...lines, '}'];
}

/**
 * `$legacy_archive`, `$legacy_suggested` and `$legacy_suggested_title`: a gone URL's own archived
 * copy, suggested page and that page's title, which its 410 page echoes through SSI
 * (entity-encoded). Only rows that give them are listed. A title is UTF-8 bytes, as the file is;
 * one with a `$` (which nginx would read as a variable) is left out, and the link shows the URL,
 * the title map's default.
 */
function goneLinkMaps(mappings: readonly Mapping[], keys: string[]): string[] {
  const lines: string[] = [];
  const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  for (const [field, variable, value] of [
    ['archive', '$legacy_archive', safeLocation],
    ['suggested', '$legacy_suggested', safeLocation],
    ['suggestedTitle', '$legacy_suggested_title', asBytes],
  ] as const) {
    const seen = new Set<string>();
    const entries: string[] = [];
    mappings.forEach((mapping, i) => {
      const text = mapping[field];
      if (!text || (field === 'suggestedTitle' && text.includes('$')) || seen.has(keys[i]!)) return;
      seen.add(keys[i]!);
      entries.push(`  ${quote(keys[i]!)} ${quote(value(text))};`);
    });
    // Without a title, the link's text is the suggested URL.
    const fallback = field === 'suggestedTitle' ? '$legacy_suggested' : '""';
    lines.push(`map $legacy_key ${variable} {`, `  default ${fallback};`, ...entries, '}');
  }
  return lines;
}

function serverBlock(
  site: LegacySite,
  homepage: string,
  options: NginxOptions,
  headers: string[],
): string[] {
  const files = `${options.serverDir}/legacy-sites/${site.id}`;
  const hostFiles = `${options.serverDir}/legacy-hosts/$host`;
  const query = site.queryParams
    .slice()
    .sort()
    .map(
      (name) =>
        `    if ($arg_${name} != "") { set $legacy_query "\${legacy_query}&${name}=$arg_${name}"; }`,
    );
  return [
    `# ${site.id}: ${site.file}`,
    'server {',
    `  listen ${options.listen};`,
    `  server_name ${[site.host, ...site.aliases].join(' ')};`,
    '  merge_slashes off;',
    ...headers.map((line) => `  ${line}`),
    '  error_page 404 /__legacy/404.html;',
    '  error_page 410 /__legacy/410.html;',
    `  location = /robots.txt { root ${quote(hostFiles)}; types { } default_type text/plain; }`,
    `  location ~ "^/sitemap(-[0-9]+)?\\.xml$" { root ${quote(hostFiles)}; types { } default_type application/xml; }`,
    '  location ^~ /__legacy/ {',
    '    internal;',
    `    alias ${quote(`${files}/`)};`,
    '    types { } default_type text/html; charset utf-8; ssi on;',
    '  }',
    '  location / {',
    '    set $legacy_path $legacy_trimmed_uri;',
    '    set $legacy_query "";',
    ...query,
    '    if ($legacy_query ~ "^&(.*)$") { set $legacy_query "?$1"; }',
    `    set $legacy_key "${site.host}\${legacy_path}\${legacy_query}";`,
    '    if ($legacy_answer = "410") { return 410; }',
    '    if ($legacy_answer != "") { return 301 $legacy_answer; }',
    `    if ($legacy_path = "/") { return 301 ${quote(safeLocation(homepage))}; }`,
    '    return 404;',
    '  }',
    '}',
  ];
}

/** Where the old site's `/` goes: a page of this site, or a URL on an allowed host as written. */
export const homepageUrl = (site: LegacySite, base: string) =>
  /^https?:\/\//i.test(site.homepage) ? site.homepage : base + site.homepage;

/**
 * Without a default server of its own, nginx answers a Host that no block names with the first
 * server block on the port: a legacy site's, which would redirect any host to its department.
 */
function unknownHosts(options: NginxOptions, headers: string[]): string[] {
  return [
    '# A Host that no legacy site (nor the main site) names: a plain 404.',
    'server {',
    `  listen ${options.listen} default_server;`,
    '  server_tokens off;',
    ...headers.map((line) => `  ${line}`),
    '  return 404;',
    '}',
    '',
  ];
}

export function nginxConfig(model: MigrationModel, options: NginxOptions): string {
  const keys = model.mappings.map(nginxKey);
  const names = model.sites.flatMap((site) => [site.host, ...site.aliases]);
  const map = hashSizes(keys);
  const servers = hashSizes(names);
  const base = model.siteUrl.replace(/\/$/, '');
  // The 404 and 410 pages load the site's stylesheet and scripts from its own origin.
  const headers = nginxHeaderLines(
    securityHeaders({ source: new URL(base).origin, search: false }),
  );
  return [
    '# Generated from migrations-map/ by the build. Do not edit: change the map and rebuild.',
    '# Include this file inside the http {} block of nginx.conf.',
    `map_hash_max_size ${map.maxSize};`,
    `map_hash_bucket_size ${map.bucketSize};`,
    `server_names_hash_max_size ${servers.maxSize};`,
    `server_names_hash_bucket_size ${Math.max(128, servers.bucketSize)};`,
    '',
    // The path without trailing slashes. A map, not `if` with a capture: nginx escapes an `if`
    // capture again, so `/caf%C3%A9/` would not find its decoded key.
    'map $uri $legacy_trimmed_uri {',
    '  "~^(?<legacy_trimmed>.+?)/+$" $legacy_trimmed;',
    '  default $uri;',
    '}',
    ...mapBlock(model.mappings, keys),
    ...goneLinkMaps(model.mappings, keys),
    '',
    ...model.sites.flatMap((site) => [
      ...serverBlock(site, homepageUrl(site, base), options, headers),
      '',
    ]),
    ...unknownHosts(options, headers),
  ].join('\n');
}
