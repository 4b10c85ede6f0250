/**
 * Writes every output of the migrations map. Paths on the server are configurable because the
 * nginx config names the folder its pages and sitemaps are served from.
 *
 *   <deployDir>/nginx/legacy-sites.conf              include inside nginx's http {}
 *   <deployDir>/nginx/legacy-sites/<site>/410.html   and 404.html, with SSI for the archive link
 *   <deployDir>/nginx/legacy-hosts/<host>/robots.txt and sitemap.xml (+ sitemap-<n>.xml)
 *   <deployDir>/redirects.json
 *   <siteDir>/_redirects
 *   <siteDir>/migrations/index.html, <site>/index.html, coverage.json
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { coverageReport } from './coverage.ts';
import { coveragePages } from './coverage-pages.ts';
import { legacyPages } from './legacy-pages.ts';
import { legacyHostFiles } from './legacy-sitemaps.ts';
import { bySite, type MigrationInputs, type MigrationModel } from './model.ts';
import { nginxConfig } from './nginx.ts';
import {
  createEnvironment,
  type PageContext,
  readSiteData,
  type SiteData,
} from './page-context.ts';
import { redirectsFile, redirectsJson } from './redirects-files.ts';
import { pageIndex, withSuggestions } from './suggestions.ts';

export interface OutputOptions {
  siteDir: string;
  deployDir: string;
  /** `listen` of the legacy server blocks; default `80`. */
  listen?: string;
  /** Where `<deployDir>/nginx` will be on the nginx server; default its absolute path here. */
  serverDir?: string;
  /** site.yml data for base.njk; default read from content/_data/site.yml. */
  site?: SiteData;
  /** The build's hashed asset URLs for base.njk (`{ stylesheet, script, icons }`), site-root paths. */
  assets?: unknown;
}

/** A file's text, whole or in pieces written as they are made. */
type Text = string | Iterable<string>;

async function write(file: string, text: Text, encoding: BufferEncoding = 'utf8') {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text, encoding);
}

export async function writeMigrationOutputs(
  model: MigrationModel,
  inputs: MigrationInputs,
  options: OutputOptions,
): Promise<string[]> {
  const nginxDir = path.join(options.deployDir, 'nginx');
  const serverDir = options.serverDir ?? path.resolve(nginxDir);
  const site = options.site ?? readSiteData(inputs.root, model.siteUrl);
  // The legacy sites' languages were checked against the site's; their labels are needed here.
  const env = createEnvironment(
    site,
    inputs.root,
    model.sites.flatMap((legacy) => (legacy.language ? [legacy.language.code] : [])),
  );
  const context: PageContext = {
    site: { ...site, url: model.siteUrl },
    lang: String(site.language ?? 'en'),
    assets: options.assets ?? {},
  };
  // The files for the whole site are the large ones (at a million mappings, 100 MB to 300 MB
  // each): each is made as it is written, one after the other, so one is in memory at a time.
  const siteWide: Array<[string, () => Text, BufferEncoding?]> = [
    [
      path.join(nginxDir, 'legacy-sites.conf'),
      () => nginxConfig(model, { listen: options.listen ?? '80', serverDir }),
      'latin1',
    ],
    [path.join(options.deployDir, 'redirects.json'), () => redirectsJson(model)],
    [path.join(options.siteDir, '_redirects'), () => redirectsFile(model)],
  ];
  for (const [file, text, encoding] of siteWide) await write(file, text(), encoding);
  const files: Array<[string, string, BufferEncoding?]> = [];
  const mappings = bySite(model.mappings);
  for (const legacy of model.sites.filter((site) => !site.live)) {
    for (const [name, html] of Object.entries(legacyPages(env, legacy, context))) {
      files.push([path.join(nginxDir, 'legacy-sites', legacy.id, name), html]);
    }
    for (const [host, hostFiles] of legacyHostFiles(legacy, mappings.get(legacy.id) ?? [])) {
      for (const [name, text] of Object.entries(hostFiles))
        files.push([path.join(nginxDir, 'legacy-hosts', host, name), text]);
    }
  }
  const pages = pageIndex(inputs.publishedTitles ?? new Map());
  for (const [name, html] of coveragePages(
    env,
    withSuggestions(coverageReport(model), pages),
    context,
  ))
    files.push([path.join(options.siteDir, name), html]);
  await Promise.all(files.map(([file, contents, encoding]) => write(file, contents, encoding)));
  return [...siteWide, ...files].map(([file]) => file);
}
