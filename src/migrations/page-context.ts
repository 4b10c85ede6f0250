/**
 * What base.njk needs (`site`, `lang`, `assets`) for the pages this module renders. The build can
 * pass them in; otherwise `content/_data/site.yml` is read. On a legacy host every link and asset
 * must be absolute on the new site, so `absolute` rewrites them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface SiteData {
  name: string;
  url: string;
  language?: string;
  footer_links?: Array<{ text: string; href: string }>;
  [field: string]: unknown;
}

export interface PageContext {
  site: SiteData;
  lang: string;
  /** Hashed asset URLs from the build, e.g. `{ css: '/assets/site.3f2a.css' }`. */
  assets: Record<string, string>;
  /** govuk-frontend's assetPath (favicons, manifest). */
  assetPath: string;
}

export function readSiteData(root: string, siteUrl: string): SiteData {
  const file = path.join(root, 'content/_data/site.yml');
  const data = fs.existsSync(file) ? (parse(fs.readFileSync(file, 'utf8')) as SiteData | null) : null;
  return { name: new URL(siteUrl).host, ...(data ?? {}), url: siteUrl };
}

/** A site path (`/help/`) or prefix-relative asset URL made absolute on the new site. */
export const onSite = (siteUrl: string, href: string) =>
  /^[a-z]+:/i.test(href) ? href : new URL(href.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;

export function pageContext(site: SiteData, assets: Record<string, string>, assetPath: string): PageContext {
  return { site, lang: site.language ?? 'en', assets, assetPath };
}

/** The same context with every link and asset absolute, for pages served on legacy hosts. */
export function absolute(context: PageContext): PageContext {
  const url = context.site.url;
  const footer = (context.site.footer_links ?? []).map((link) => ({ ...link, href: onSite(url, link.href) }));
  const assets = Object.fromEntries(Object.entries(context.assets).map(([name, href]) => [name, onSite(url, href)]));
  return { ...context, site: { ...context.site, footer_links: footer }, assets, assetPath: onSite(url, context.assetPath) };
}
