/**
 * A sharded build of a site, merged, is the site a whole build makes of the same content: every
 * file of `_site/` and `_deploy/` byte for byte, however many shards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/bench/generate-site.ts';
import { buildSite } from '../../src/build/build-site.ts';
import { buildShard } from '../../src/build/shards/build-shard.ts';
import { mergeShards } from '../../src/build/shards/merge-shards.ts';
import { buildInShards, POOL_MIN_PAGES, poolSize } from '../../src/build/shards/pool.ts';
import { SiteBuild } from '../../src/build/site-build.ts';
import { treeDigest } from '../helpers/tree.ts';
import { copyExample, tmpDir } from '../site/helpers.ts';

const published = (root: string) => ({
  site: treeDigest(path.join(root, '_site')),
  deploy: treeDigest(path.join(root, '_deploy')),
});

const errorsOf = (result: { diagnostics: Array<{ severity: string }> }) =>
  result.diagnostics.filter((d) => d.severity === 'error');

/** Builds `root` as `count` shards and merges them into its `_site/` and `_deploy/`. */
async function shardedBuild(root: string, count: number) {
  const folders: string[] = [];
  for (let index = 1; index <= count; index++) {
    const shard = await buildShard({ root, shard: { index, count } });
    expect(errorsOf(shard)).toEqual([]);
    folders.push(`_shards/${index}-of-${count}`);
  }
  return mergeShards({ root, shards: folders });
}

describe.each([
  ['the example content', copyExample],
  [
    'a generated site',
    () => {
      const root = tmpDir('shards-generated-');
      generateSite(root, { pages: 300, mappings: 50 });
      return root;
    },
  ],
])('%s built in shards and merged', (_, makeSite) => {
  it.each([1, 2, 3, 7])('is byte-identical to the whole build with %i shards', async (count) => {
    const root = makeSite();
    const whole = await buildSite({ root });
    expect(errorsOf(whole)).toEqual([]);
    const expected = published(root);
    fs.rmSync(path.join(root, '_site'), { recursive: true });
    fs.rmSync(path.join(root, '_deploy'), { recursive: true });

    const merged = await shardedBuild(root, count);
    expect(errorsOf(merged)).toEqual([]);
    expect(merged.ok).toBe(true);
    expect(merged.diagnostics).toEqual(whole.diagnostics);
    const actual = published(root);
    expect(Object.keys(actual.site).length).toBe(Object.keys(expected.site).length);
    expect(actual).toEqual(expected);
  });
});

describe('the number of processes `npm run build` runs', () => {
  it('is one below POOL_MIN_PAGES pages, or when the cache lets it render only what changed', () => {
    expect(poolSize(POOL_MIN_PAGES - 1, 2, false)).toBe(1);
    expect(poolSize(POOL_MIN_PAGES, 2, true)).toBe(1);
  });

  it('is the number of cores for a large site that renders whole', () => {
    expect(poolSize(POOL_MIN_PAGES, 2, false)).toBe(2);
    expect(poolSize(100_000, 8, false)).toBe(8);
  });
});

describe('the build run as a pool of shard processes', () => {
  it('publishes the same site as the build in one process', async () => {
    const root = copyExample();
    expect(errorsOf(await buildSite({ root }))).toEqual([]);
    const expected = published(root);
    const build = await SiteBuild.load(root);
    if (!(build instanceof SiteBuild)) throw new Error('The example content did not load.');
    const pooled = await buildInShards(build, { root }, 2);
    expect(errorsOf(pooled)).toEqual([]);
    expect(published(root)).toEqual(expected);
    // Its shards were the pool's own: nothing is left beside the site.
    expect(fs.existsSync(path.join(root, '.build-cache/shards'))).toBe(false);
  });

  it("reports a shard process's errors, with file and line, and leaves the live site as it was", async () => {
    const root = copyExample();
    await buildSite({ root });
    const before = published(root);
    const page = path.join(root, 'content/tax-office/vat/rates.md');
    fs.appendFileSync(page, '\nSee [the old rates](/no-such-page/).\n');
    const build = await SiteBuild.load(root);
    if (!(build instanceof SiteBuild)) throw new Error('The example content did not load.');
    const pooled = await buildInShards(build, { root }, 2);
    expect(pooled.ok).toBe(false);
    expect(errorsOf(pooled)).toMatchObject([
      { code: 'LINK_BROKEN', file: 'content/tax-office/vat/rates.md' },
    ]);
    expect(published(root)).toEqual(before);
  });
});

describe('a merge of shards that do not make one site', () => {
  it('refuses a missing shard, a repeated one and one of other content, naming each, and leaves the live site as it was', async () => {
    const root = copyExample();
    await buildSite({ root });
    const before = published(root);
    for (const index of [1, 2]) await buildShard({ root, shard: { index, count: 3 } });
    fs.appendFileSync(path.join(root, 'content/tax-office/vat/rates.md'), '\nOne more line.\n');
    const merged = await mergeShards({
      root,
      shards: ['_shards/1-of-3', '_shards/2-of-3', '_shards/2-of-3', 'content'],
    });
    expect(merged.ok).toBe(false);
    const seen = merged.diagnostics.map((d) => `${d.file} ${d.code}: ${d.message}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        "_shards SHARD_MISSING: Shard 3 of 3 is not among the shards given, so its departments' pages would be missing.",
        '_shards/2-of-3/shard.json SHARD_REPEATED: Shard 2 of 3 is given more than once.',
        'content/shard.json SHARD_UNREADABLE: This is not a finished shard: it has no shard.json.',
        expect.stringMatching(
          /^_shards\/1-of-3\/shard.json SHARD_CONTENT_DIFFERS: This shard was built from content that differs/,
        ),
      ]),
    );
    expect(published(root)).toEqual(before);
  });

  it('leaves no shard behind when the shard has errors', async () => {
    const root = copyExample();
    fs.appendFileSync(
      path.join(root, 'content/tax-office/vat/rates.md'),
      '\n[Broken](/no-such-page/)\n',
    );
    const count = 1;
    const shard = await buildShard({ root, shard: { index: 1, count } });
    expect(shard.ok).toBe(false);
    expect(fs.existsSync(path.join(root, '_shards/1-of-1'))).toBe(false);
  });
});
