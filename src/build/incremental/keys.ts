import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AssetManifest } from '../../assets/index.ts';
import type { Page, SiteModel } from '../../content/index.ts';
import type { PublishedFile } from '../../files/index.ts';
import type { Strings } from '../../render/strings.ts';
import { hashFolder } from '../shards/content-digest.ts';

const productRoot = path.resolve(import.meta.dirname, '../../..');

/** A digest of plain values, Maps and Sets by their entries. */
export function digestOf(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) {
    hash.update(
      JSON.stringify(value, (_, v) =>
        v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v,
      ) ?? 'undefined',
    );
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The product itself: its code, layouts, labels and locked dependencies. A new version renders everything again. */
export function productDigest(): string {
  const hash = createHash('sha256');
  for (const folder of ['src', 'layouts']) hashFolder(hash, folder, path.join(productRoot, folder));
  for (const file of ['package-lock.json', '.eleventy.ts'])
    hash.update(fs.readFileSync(path.join(productRoot, file)));
  return hash.digest('hex');
}

/** What every page's output depends on, besides its own file. */
export interface SiteInputs {
  product: string;
  model: SiteModel;
  strings: Strings;
  assets: AssetManifest | undefined;
  files: ReadonlyMap<string, PublishedFile> | undefined;
  drafts: boolean;
}

/** The digests an incremental build compares with the previous build's (docs/incremental.md). */
export interface RenderKeys {
  /** The site as a whole: when it changes, every page renders again. */
  site: string;
  /** The site as a whole but its assets, which follow from it: known before they are made. */
  inputs: string;
  /** The generated pages (home, departments, topics, feeds, sitemap): every page's front matter. */
  generated: string;
  /** Each page's own inputs, by page file. */
  pages: Map<string, string>;
}

export function renderKeys({
  product,
  model,
  strings,
  assets,
  files,
  drafts,
}: SiteInputs): RenderKeys {
  const inputs = siteInputsKey({ product, model, strings, drafts });
  const site = digestOf(inputs, assets);
  const facts = model.pages.map((page) => [page.file, page.url, page.department, page.data]);
  return {
    site,
    inputs,
    generated: digestOf(site, facts, model.twins, model.parity, files),
    pages: new Map(
      model.pages.map((page) => [page.file, digestOf(site, ...pageInputs(page, model))]),
    ),
  };
}

/** RenderKeys.inputs: the product, the settings, departments, topics and labels every page is rendered with. */
export function siteInputsKey({
  product,
  model,
  strings,
  drafts,
}: Omit<SiteInputs, 'assets' | 'files'>): string {
  return digestOf(product, drafts, model.config, model.topics, model.departments, strings);
}

/**
 * What one page's output is made of besides the site and its links: its file, its twins in the
 * other languages and the titles of its related pages.
 */
function pageInputs(page: Page, model: SiteModel): unknown[] {
  const related = (page.data.related ?? []).map((url) => model.pageByUrl.get(url)?.data.title);
  return [
    page.file,
    page.url,
    page.department,
    page.data,
    page.body,
    page.bodyLine,
    model.twins.get(page.url),
    related,
  ];
}
