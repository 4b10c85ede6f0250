import type { SiteModel } from '../../content/index.ts';
import { pageLanguage } from '../../content/languages.ts';
import { generatedUrls } from '../../content/published-urls.ts';
import { absoluteUrl, xmlEscape } from '../urls.ts';
import { pageSummary } from './listing.ts';

/** Generated pages not for search engines: search only answers queries; translations is for editors. */
const UNLISTED = new Set(['/search/', '/translations/']);

/**
 * Every public page, as a sitemaps.org sitemap with absolute URLs, a page with twins naming each
 * language's URL (`xhtml:link`, itself too, as search engines ask). Withdrawn pages are left out:
 * they carry `noindex`, and GOV.UK likewise keeps withdrawn content out of search.
 */
export function sitemapXml(model: SiteModel): string {
  const site = model.config.url;
  const pages = model.pages
    .filter((p) => !p.data.withdrawn)
    .map(pageSummary)
    .map((p) => ({ loc: p.href, lastmod: p.updated as string | undefined }));
  const generated = generatedUrls(model)
    .filter((u) => !UNLISTED.has(u))
    .map((loc) => ({ loc, lastmod: undefined }));
  const alternates = (loc: string) => {
    const twins = model.twins.get(loc);
    if (!twins) return '';
    const own = pageLanguage(model.pageByUrl.get(loc)!, model.config);
    return [...new Map([[own, loc], ...twins]).entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([lang, href]) =>
          `<xhtml:link rel="alternate" hreflang="${lang}" href="${xmlEscape(absoluteUrl(site, href))}"/>`,
      )
      .join('');
  };
  const urls = [...generated, ...pages]
    .sort((a, b) => a.loc.localeCompare(b.loc))
    .map(
      (u) =>
        `  <url><loc>${xmlEscape(absoluteUrl(site, u.loc))}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}${alternates(u.loc)}</url>`,
    );
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}

/** robots.txt: everything may be crawled; the sitemap says where the pages are. */
export function robotsTxt(model: SiteModel): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(model.config.url, '/sitemap.xml')}\n`;
}
