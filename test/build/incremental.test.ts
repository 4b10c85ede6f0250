/**
 * A build that finds the previous build's cache renders only what a change reaches, and
 * publishes the site a fresh build makes of the same content: every file of `_site/` and
 * `_deploy/` byte for byte, and the same problems reported.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../../src/build/build-site.ts';
import { PreviousBuild } from '../../src/build/incremental/build-cache.ts';
import { buildInShards, buildWholeSite } from '../../src/build/shards/pool.ts';
import { SiteBuild } from '../../src/build/site-build.ts';
import { treeDigest } from '../helpers/tree.ts';
import { copyExample, productRoot, tmpDir } from '../site/helpers.ts';

const published = (root: string) => ({
  site: treeDigest(path.join(root, '_site')),
  deploy: treeDigest(path.join(root, '_deploy')),
});

/** The search in parts of 20 pages, as a large site's is, so a change can leave parts as they were. */
const inParts = { pagesPerSearchPart: 20 };

/** The site and problems a build published at `root` are a fresh build's, which renders every page. */
async function expectSameAsFresh(root: string, incremental: BuildResult) {
  const actual = published(root);
  const fresh = await buildSite({ root, fresh: true, ...inParts });
  expect(fresh.rendered?.reused).toBe(0);
  expect(incremental.diagnostics).toEqual(fresh.diagnostics);
  expect(actual).toEqual(published(root));
}

function edit(root: string, file: string, change: (text: string) => string) {
  const at = path.join(root, file);
  const before = fs.readFileSync(at, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(at, after);
}

const NEW_PAGE = `---
title: Pay a Tax Office penalty
description: How to pay a penalty for a late Self Assessment return.
published: 2026-11-30
type: page
topics: [tax]
---

You can pay a penalty online or by bank transfer. See [how to contact us](contact-tax-office.md).
`;

/** Each kind of change, and what an incremental build must render for it. */
const changes: Array<{
  kind: string;
  change: (root: string) => void;
  /**
   * The pages rendered again, or 'all'; whether the generated pages render; and the parts of
   * the search indexed again, where the change says how many.
   */
  renders: { pages: number | 'all'; generated: boolean; searchParts?: number };
  /** A file of the published site, and text of the change it shows. */
  shows?: [string, string];
}> = [
  {
    kind: 'a page body',
    change: (root) =>
      edit(
        root,
        'content/tax-office/contact-tax-office.md',
        (t) => `${t}\nWe answer letters within 15 working days.\n`,
      ),
    renders: { pages: 1, generated: false, searchParts: 1 },
    shows: ['_site/contact-tax-office/index.html', 'We answer letters within 15 working days.'],
  },
  {
    kind: 'a title',
    change: (root) =>
      edit(root, 'content/transport-department/vehicle-tax/index.md', (t) =>
        t.replace(/^title: .*$/m, 'title: Tax your vehicle online'),
      ),
    // The page, and the three that list it among their related links.
    renders: { pages: 4, generated: true },
  },
  {
    kind: 'a new page',
    change: (root) =>
      fs.writeFileSync(path.join(root, 'content/tax-office/pay-a-penalty.md'), NEW_PAGE),
    renders: { pages: 1, generated: true },
  },
  {
    kind: 'a deleted page',
    change: (root) =>
      fs.rmSync(path.join(root, 'content/environment-agency/fishing/rod-licence.md')),
    renders: { pages: 0, generated: true },
  },
  {
    kind: 'a department name',
    change: (root) =>
      edit(root, 'content/tax-office/_department.yml', (t) =>
        t.replace('name: Tax Office', 'name: Tax and Revenue Office'),
      ),
    renders: { pages: 'all', generated: true },
  },
  {
    kind: 'a topic title',
    change: (root) =>
      edit(root, 'content/_data/topics.yml', (t) =>
        t.replace('title: Money and tax', 'title: Money, tax and benefits'),
      ),
    renders: { pages: 'all', generated: true },
  },
  {
    kind: "a legacy site's mappings",
    change: (root) =>
      edit(root, 'migrations-map/roads.csv', (t) =>
        t.replace('page.php?id=103,/mot/,301', 'page.php?id=103,/vehicle-tax/,301'),
      ),
    renders: { pages: 0, generated: false, searchParts: 0 },
  },
];

describe('an incremental build', () => {
  it.each(changes)(
    'after $kind publishes what a fresh build does, rendering only what it reaches',
    async ({ change, renders, shows }) => {
      const root = copyExample();
      const first = await buildSite({ root, ...inParts });
      expect(first.ok).toBe(true);
      expect(first.rendered?.reused).toBe(0);
      change(root);
      // What `npm run build` chooses by: a large site renders whole on a pool of shards.
      const loaded = await SiteBuild.load(root);
      if (!(loaded instanceof SiteBuild)) throw new Error('The changed content did not load.');
      expect(PreviousBuild.read(root).usableBy(loaded, false)).toBe(renders.pages !== 'all');

      const incremental = await buildSite({ root, ...inParts });
      expect(incremental.ok).toBe(true);
      const pages = incremental.model!.pages.length;
      expect(incremental.rendered).toMatchObject({
        rendered: renders.pages === 'all' ? pages : renders.pages,
        generated: renders.generated,
      });
      if (shows) expect(fs.readFileSync(path.join(root, shows[0]), 'utf8')).toContain(shows[1]);
      if (renders.searchParts !== undefined)
        expect(incremental.rendered?.search).toEqual({ built: renders.searchParts, parts: 4 });
      await expectSameAsFresh(root, incremental);
    },
  );

  it('renders nothing again when nothing changed, and still publishes the same site', async () => {
    const root = copyExample();
    await buildSite({ root, ...inParts });
    const before = published(root);
    const again = await buildSite({ root, ...inParts });
    expect(again.rendered).toMatchObject({ rendered: 0, generated: false });
    expect(published(root)).toEqual(before);
  });

  it('follows a sharded build: the merge leaves the cache a whole build would', async () => {
    const root = copyExample();
    const build = await SiteBuild.load(root);
    if (!(build instanceof SiteBuild)) throw new Error('The example content did not load.');
    expect((await buildInShards(build, { root, ...inParts }, 2)).ok).toBe(true);
    edit(
      root,
      'content/tax-office/contact-tax-office.md',
      (t) => `${t}\nWe answer letters within 15 working days.\n`,
    );

    const incremental = await buildSite({ root, ...inParts });
    expect(incremental.rendered).toMatchObject({ rendered: 1, generated: false });
    await expectSameAsFresh(root, incremental);
  });

  it('follows a pool of shards run over a cache that was no use: the next build renders only what changed', async () => {
    const root = copyExample();
    await buildSite({ root, ...inParts });
    edit(root, 'content/tax-office/_department.yml', (t) =>
      t.replace('name: Tax Office', 'name: Tax and Revenue Office'),
    );
    const build = await SiteBuild.load(root);
    if (!(build instanceof SiteBuild)) throw new Error('The example content did not load.');
    expect((await buildInShards(build, { root, ...inParts }, 2)).ok).toBe(true);
    edit(
      root,
      'content/tax-office/contact-tax-office.md',
      (t) => `${t}\nWe answer letters within 15 working days.\n`,
    );

    const incremental = await buildSite({ root, ...inParts });
    expect(incremental.rendered).toMatchObject({ rendered: 1, generated: false });
    await expectSameAsFresh(root, incremental);
  });

  it('makes again a cached file removed by hand', async () => {
    const root = copyExample();
    await buildSite({ root, ...inParts });
    const before = published(root);
    fs.rmSync(path.join(root, '.build-cache/render/site/vehicle-tax/index.html'));
    fs.rmSync(path.join(root, '.build-cache/render/site/sitemap.xml'));
    fs.rmSync(path.join(root, '.build-cache/render/deploy/redirects.json'));
    const again = await buildSite({ root, ...inParts });
    expect(again.rendered).toMatchObject({ rendered: 1, generated: true });
    expect(published(root)).toEqual(before);
  });

  it('renders again the pages of a part of the search whose cached documents were removed by hand', async () => {
    const root = copyExample();
    await buildSite({ root, ...inParts });
    const before = published(root);
    const part = path.join(root, '.build-cache/render/search/en-2-of-3.json');
    const pages = Object.keys(JSON.parse(fs.readFileSync(part, 'utf8'))).length;
    fs.rmSync(part);
    const again = await buildSite({ root, ...inParts });
    expect(again.rendered).toMatchObject({ rendered: pages, reasons: { 'no cache': pages } });
    expect(again.rendered?.search).toEqual({ built: 1, parts: 4 });
    expect(published(root)).toEqual(before);
    expect(fs.existsSync(part)).toBe(true);
  });

  it('renders everything with --fresh, or when the cache was cut off', async () => {
    const root = copyExample();
    await buildSite({ root, ...inParts });
    fs.rmSync(path.join(root, '.build-cache/render/render.json'));
    const again = await buildSite({ root, ...inParts });
    expect(again.rendered).toMatchObject({
      reused: 0,
      reasons: { 'no cache': again.model!.pages.length },
    });
  });
});

describe('npm run build -- --incremental-only, the first job of CI', () => {
  const onlyIncremental = (root: string) =>
    execFileSync(
      path.join(productRoot, 'node_modules/.bin/tsx'),
      [path.join(productRoot, 'src/cli/build.ts'), '--incremental-only'],
      { cwd: root, encoding: 'utf8' },
    );

  it('builds nothing without a cache, and says to build the whole site', () => {
    const root = copyExample();
    expect(onlyIncremental(root)).toContain(
      'Nothing built: .build-cache/ holds no build whose pages this one could keep',
    );
    expect(fs.existsSync(path.join(root, '_site'))).toBe(false);
  });

  it('builds what changed when the cache can serve, and nothing when a change reaches every page', async () => {
    const root = copyExample();
    await buildSite({ root });
    const before = published(root);
    edit(root, 'content/tax-office/contact-tax-office.md', (t) => `${t}\nWe answer letters.\n`);
    const changed = await buildWholeSite({ root }, { incrementalOnly: true });
    expect(changed.rendered).toMatchObject({ rendered: 1, generated: false });
    expect(published(root)).not.toEqual(before);

    const published1 = published(root);
    edit(root, 'content/tax-office/_department.yml', (t) =>
      t.replace('name: Tax Office', 'name: Tax and Revenue Office'),
    );
    const renamed = await buildWholeSite({ root }, { incrementalOnly: true });
    expect(renamed).toMatchObject({ ok: true, notBuilt: true });
    expect(published(root)).toEqual(published1);
  });
});

/** The sites earlier builds replaced at `root`, not yet removed. */
const replacedSites = (root: string) =>
  fs.readdirSync(root).filter((name) => name.startsWith('_site.old-'));

describe("an incremental build that takes the cache's copy of the published site for its own", () => {
  const bodyChange = (root: string) =>
    edit(
      root,
      'content/tax-office/contact-tax-office.md',
      (t) => `${t}\nWe answer letters within 15 working days.\n`,
    );

  it('leaves no replaced site to remove: that site becomes the cache', async () => {
    const root = copyExample();
    await buildSite({ root, ...inParts });
    bodyChange(root);
    const incremental = await buildSite({ root, ...inParts });
    expect(replacedSites(root)).toEqual([]);
    bodyChange(root);
    const next = await buildSite({ root, ...inParts });
    expect(next.rendered).toMatchObject({ rendered: 1, generated: false });
    expect(replacedSites(root)).toEqual([]);
    expect(incremental.ok).toBe(true);
    await expectSameAsFresh(root, next);
  });

  it('leaves no folder of a deleted page behind', async () => {
    const root = copyExample();
    await buildSite({ root, ...inParts });
    expect(fs.existsSync(path.join(root, '_site/fishing/rod-licence/index.html'))).toBe(true);
    fs.rmSync(path.join(root, 'content/environment-agency/fishing/rod-licence.md'));
    expect((await buildSite({ root, ...inParts })).ok).toBe(true);
    expect(fs.existsSync(path.join(root, '_site/fishing/rod-licence'))).toBe(false);
  });

  it('fails without touching the published site, and the next build still renders only what changed', async () => {
    const root = copyExample();
    await buildSite({ root, ...inParts });
    const before = published(root);
    bodyChange(root);
    edit(root, 'content/tax-office/vat/index.md', (t) => `${t}\n[A broken link](/no-such-page/)\n`);
    const failed = await buildSite({ root, ...inParts });
    expect(failed.ok).toBe(false);
    expect(published(root)).toEqual(before);

    edit(root, 'content/tax-office/vat/index.md', (t) =>
      t.replace('[A broken link](/no-such-page/)', ''),
    );
    const fixed = await buildSite({ root, ...inParts });
    expect(fixed.ok).toBe(true);
    expect(fixed.rendered).toMatchObject({ rendered: 2, generated: false });
    await expectSameAsFresh(root, fixed);
  });

  it("links the cache's files in again when the published site is not the one the cache holds", async () => {
    const root = copyExample();
    await buildSite({ root, ...inParts });
    fs.rmSync(path.join(root, '_site'), { recursive: true });
    bodyChange(root);
    const incremental = await buildSite({ root, ...inParts });
    expect(incremental.rendered).toMatchObject({ rendered: 1, generated: false });
    await expectSameAsFresh(root, incremental);
  });
});

describe('an incremental build after a change to a layout', () => {
  /** The product copied, so its layouts can change without touching the one the other tests use. */
  function copyProduct(): string {
    const product = tmpDir('incremental-product-');
    for (const entry of ['src', 'layouts', '.eleventy.ts', 'package.json', 'package-lock.json'])
      fs.cpSync(path.join(productRoot, entry), path.join(product, entry), { recursive: true });
    fs.symlinkSync(path.join(productRoot, 'node_modules'), path.join(product, 'node_modules'));
    return product;
  }

  const build = (product: string, root: string, ...args: string[]) =>
    execFileSync(
      path.join(product, 'node_modules/.bin/tsx'),
      [path.join(product, 'src/cli/build.ts'), ...args],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );

  it('renders every page again, as a fresh build would', () => {
    const product = copyProduct();
    const root = copyExample();
    build(product, root);
    const base = path.join(product, 'layouts/base.njk');
    fs.writeFileSync(
      base,
      fs
        .readFileSync(base, 'utf8')
        .replace('{% block govukFooter %}', '{% block govukFooter %}<p>Changed layout</p>'),
    );

    build(product, root);
    const actual = published(root);
    expect(fs.readFileSync(path.join(root, '_site/vehicle-tax/index.html'), 'utf8')).toContain(
      'Changed layout',
    );
    build(product, root, '--fresh');
    expect(actual).toEqual(published(root));
  });
});
