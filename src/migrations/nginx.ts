/**
 * `legacy-sites.conf`: one `map` from canonical key to answer, and a server block for every legacy
 * site (its host and aliases) that builds the key from the request and answers 301, 410 or 404.
 * The text is a binary string (one char a byte) because keys hold decoded UTF-8 bytes, as nginx's
 * `$uri` does; write it with the 'latin1' encoding. It comes in pieces, each written as it is
 * made: at a million mappings, the lines of its maps held at once and joined took a gigabyte.
 */

import { nginxHeaderLines, securityHeaders } from '../quality/security-headers.ts';
import { homepageUrl } from './answers.ts';
import type { LegacySite, Mapping, MigrationModel } from './model.ts';
import { hashSizes } from './nginx-hash.ts';
import { type NginxMatch, nginxMatch, queryArgMaps } from './nginx-keys.ts';
import { globalLine, ruleLines } from './nginx-rules.ts';
import { quote, safeLocation } from './nginx-text.ts';

export interface NginxOptions {
  /** `listen` parameter of every server block, e.g. `80` or `127.0.0.1:8080`. */
  listen: string;
  /** Where `_deploy/nginx/` lives on the server (holds legacy-sites/ and legacy-hosts/). */
  serverDir: string;
}

/** Lines of a map in each piece of the text. */
const LINES_PER_PIECE = 10_000;

/**
 * `map $legacy_key <variable>` entries for the mappings that give a value: exact keys (hashed),
 * then the patterns of those whose query has two spellings (tried in order after a hash miss).
 * The first mapping of a key wins: two canonical keys can decode to the same bytes.
 */
function* mapOf(
  variable: string,
  fallback: string,
  matches: readonly NginxMatch[],
  valueOf: (i: number) => string | undefined,
): Generator<string[]> {
  yield [`map $legacy_key ${variable} {`, `  default ${fallback};`];
  let exact: string[] = [];
  const patterns: string[] = [];
  const seen = new Set<string>();
  for (const [i, { key, pattern }] of matches.entries()) {
    const value = valueOf(i);
    if (value === undefined || seen.has(key)) continue;
    seen.add(key);
    exact.push(`  ${quote(key)} ${quote(value)};`);
    if (pattern) patterns.push(`  ${quote(`~*${pattern}`)} ${quote(value)};`);
    if (exact.length === LINES_PER_PIECE) {
      yield exact;
      exact = [];
    }
  }
  yield exact;
  yield patterns;
  yield ['}'];
}

/**
 * `$legacy_answer` (`410` or the Location), and `$legacy_archive`, `$legacy_suggested` and
 * `$legacy_suggested_title`: a gone URL's own archived copy, suggested page and that page's
 * title, which its 410 page echoes through SSI (entity-encoded). A title is UTF-8 bytes, as the
 * file is; one with a `$` (which nginx would read as a variable) is left out, and the link shows
 * the URL, the title map's default.
 */
function* answerMaps(mappings: readonly Mapping[], matches: readonly NginxMatch[]) {
  const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const field = (name: 'archive' | 'suggested', i: number) => {
    const text = mappings[i]![name];
    return text ? safeLocation(text) : undefined;
  };
  yield* mapOf('$legacy_answer', '""', matches, (i) => {
    const mapping = mappings[i]!;
    return mapping.status === 410 ? '410' : safeLocation(mapping.target!);
  });
  yield* mapOf('$legacy_archive', '""', matches, (i) => field('archive', i));
  yield* mapOf('$legacy_suggested', '""', matches, (i) => field('suggested', i));
  yield* mapOf('$legacy_suggested_title', '$legacy_suggested', matches, (i) => {
    const title = mappings[i]!.suggestedTitle;
    return title && !title.includes('$') ? asBytes(title) : undefined;
  });
}

function serverBlock(
  site: LegacySite,
  base: string,
  options: NginxOptions,
  headers: string[],
): string[] {
  const files = `${options.serverDir}/legacy-sites/${site.id}`;
  const hostFiles = `${options.serverDir}/legacy-hosts/$host`;
  const queryParts = site.queryParams
    .slice()
    .sort()
    .map((name) => `\${legacy_arg_${name}}`)
    .join('');
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
    `    set $legacy_query_parts "${queryParts}";`,
    `    set $legacy_key "${site.host}\${legacy_path}\${legacy_query}";`,
    ...ruleLines(
      site.rules.filter((rule) => rule.beforeMappings),
      base,
    ),
    '    if ($legacy_answer = "410") { return 410; }',
    '    if ($legacy_answer != "") { return 301 $legacy_answer; }',
    `    if ($legacy_path = "/") { return 301 ${quote(safeLocation(homepageUrl(site, base)))}; }`,
    ...ruleLines(
      site.rules.filter((rule) => !rule.beforeMappings),
      base,
    ),
    globalLine(site.global, base),
    '  }',
    '}',
  ];
}

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

export function nginxConfig(model: MigrationModel, options: NginxOptions): Generator<string> {
  // A live site is still served by its own servers; its mappings wait for its retirement.
  const sites = model.sites.filter((site) => !site.live);
  const retired = new Set(sites.map((site) => site.id));
  const mappings = model.mappings.filter((mapping) => retired.has(mapping.site));
  const matches = mappings.map(nginxMatch);
  const queryNames = [...new Set(sites.flatMap((site) => site.queryParams))].sort();
  const names = sites.flatMap((site) => [site.host, ...site.aliases]);
  const map = hashSizes(matches.map(({ key }) => key));
  const servers = hashSizes(names);
  const base = model.siteUrl.replace(/\/$/, '');
  // The 404 and 410 pages load the site's stylesheet and scripts from its own origin.
  const headers = nginxHeaderLines(
    securityHeaders({ source: new URL(base).origin, search: false }),
  );
  function* groups() {
    yield [
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
      ...queryArgMaps(queryNames),
      // `&id=3&page=2` as `?id=3&page=2`, in a map for the reason above.
      'map $legacy_query_parts $legacy_query {',
      '  "~^&(?<legacy_query_pairs>.*)$" "?$legacy_query_pairs";',
      '  default "";',
      '}',
    ];
    yield* answerMaps(mappings, matches);
    yield [''];
    for (const site of sites) yield [...serverBlock(site, base, options, headers), ''];
    yield unknownHosts(options, headers);
  }
  return joinedLines(groups());
}

/** Lines given in groups, in pieces whose text together is that of one `join('\n')` of them all. */
function* joinedLines(groups: Iterable<readonly string[]>): Generator<string> {
  let first = true;
  for (const group of groups) {
    if (!group.length) continue;
    yield `${first ? '' : '\n'}${group.join('\n')}`;
    first = false;
  }
}
