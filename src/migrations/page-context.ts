/**
 * What base.njk needs (`site`, `assets`, `page`, `lang`) for the pages this module renders
 * outside Eleventy, and the environment to render them with. Layouts write site-root paths
 * (`/help/`); `rebase` then does what Eleventy's HtmlBasePlugin does for the site's own pages,
 * and on a legacy host makes every such link and asset absolute on the new site.
 */
import fs from 'node:fs';
import path from 'node:path';
import type nunjucks from 'nunjucks';
import { parse } from 'yaml';
import { createNunjucks } from '../render/nunjucks.ts';
import { siteStrings } from '../render/strings.ts';
import { absoluteUrl } from '../render/urls.ts';
import { formatFigure } from './figures.ts';

export interface SiteData {
  name: string;
  url: string;
  language?: string;
  [field: string]: unknown;
}

export interface PageContext {
  site: SiteData;
  lang: string;
  /** The build's hashed asset URLs (site-root paths), passed through to base.njk. */
  assets: unknown;
}

export function readSiteData(root: string, siteUrl: string): SiteData {
  const file = path.join(root, 'content/_data/site.yml');
  const data = fs.existsSync(file)
    ? (parse(fs.readFileSync(file, 'utf8')) as SiteData | null)
    : null;
  return { name: new URL(siteUrl).host, ...(data ?? {}), url: siteUrl };
}

/** The environment for `site`'s pages, with the labels of its languages and of `others`. */
export function createEnvironment(
  site: SiteData,
  root: string,
  others: readonly string[] = [],
): nunjucks.Environment {
  const declared = Object.keys((site.languages as Record<string, unknown> | undefined) ?? {});
  const languages = [...new Set([site.language ?? 'en', ...declared, ...others])];
  const env = createNunjucks(siteStrings(languages, root).strings);
  env.addFilter('absoluteUrl', (siteUrl: string, sitePath: string) =>
    absoluteUrl(siteUrl, sitePath),
  );
  env.addFilter('figure', formatFigure);
  return env;
}

/** Site-root `href`, `src` and `action` values resolved against `base` (a prefix or a full URL). */
export function rebase(html: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return html.replace(/(\s(?:href|src|action)=")\/(?!\/)/g, `$1${prefix}`);
}
