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
