/**
 * `/robots.txt` and `/sitemap.xml` for every legacy host, as GOV.UK's Bouncer served them: the
 * sitemap lists the host's redirected old URLs so search engines revisit them and follow the
 * 301s. At most 50,000 URLs a file; beyond that sitemap.xml is an index of sitemap-<n>.xml.
 */
import { xmlEscape as xml } from '../render/urls.ts';
import type { LegacySite, Mapping } from './model.ts';

export const SITEMAP_LIMIT = 50_000;

/** The old URL's path and query as originally written (the canonical form is lowercased). */
function pathAndQuery(mapping: Mapping): string {
  const { original, host } = mapping.url;
  const url = new URL(
    original.startsWith('/')
      ? `http://${host}${original}`
      : /^[a-z]+:/i.test(original)
        ? original
        : `http://${original}`,
  );
  return url.pathname + url.search;
}

const urlset = (locs: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locs.map((loc) => `  <url><loc>${xml(loc)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');

const index = (locs: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locs.map((loc) => `  <sitemap><loc>${xml(loc)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');

/**
 * File name -> contents for each host of the site: `{ 'www.x.org': { 'robots.txt': ..., ... } }`.
 * `mappings` are the site's own.
 */
export function legacyHostFiles(
  site: LegacySite,
  mappings: readonly Mapping[],
): Map<string, Record<string, string>> {
  const paths = mappings.filter((m) => m.status === 301).map(pathAndQuery);
  const files = new Map<string, Record<string, string>>();
  for (const host of [site.host, ...site.aliases]) {
    const origin = `http://${host}`;
    const locs = paths.map((p) => origin + p);
    const out: Record<string, string> = {
      'robots.txt': `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`,
    };
    if (locs.length <= SITEMAP_LIMIT) out['sitemap.xml'] = urlset(locs);
    else {
      const parts = Math.ceil(locs.length / SITEMAP_LIMIT);
      const names = Array.from({ length: parts }, (_, i) => `sitemap-${i + 1}.xml`);
      for (const [i, name] of names.entries()) {
        out[name] = urlset(locs.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT));
      }
      out['sitemap.xml'] = index(names.map((name) => `${origin}/${name}`));
    }
    files.set(host, out);
  }
  return files;
}
