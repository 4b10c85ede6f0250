/**
 * Sharded builds against the build in one process: `npx tsx src/bench/shards-benchmark.ts
 * [--pages 10000] [--shards 2] [--heap MB]` writes a synthetic site, then builds it three ways,
 * each as `npm run build` runs it: in one process (`--jobs 1`); on this machine's pool of shard
 * processes (`--jobs <cores>`); and shard by shard, then merged, as CI's matrix of machines does
 * (the longest shard plus the merge is what that takes). It prints each way's time and memory,
 * and whether the three sites are byte-identical.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mb, measuredBuild, seconds, siteDigest } from './cli-builds.ts';
import { generateSite } from './generate-site.ts';
import type { TreeUsage } from './process-tree.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '10000' },
    shards: { type: 'string' },
    heap: { type: 'string' },
  },
});
const pages = Number(values.pages);
const cores = os.availableParallelism();
const shards = Number(values.shards ?? cores);
const env = {
  ...process.env,
  ...(values.heap ? { NODE_OPTIONS: `--max-old-space-size=${values.heap}` } : {}),
};

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-shards-'));
generateSite(root, { pages, mappings: pages * 10 });

const build = (args: string[]) => measuredBuild(root, args, env);
const digest = () => siteDigest(root);

const rows: string[][] = [];

const whole = await build(['--jobs', '1']);
const wholeDigest = digest();
rows.push(['one process (--jobs 1)', seconds(whole.wallMs), mb(whole.peakMemoryMb), wholeDigest]);

const pool = await build(['--jobs', String(cores)]);
rows.push([
  `pool of ${cores} processes (--jobs ${cores})`,
  seconds(pool.wallMs),
  `${mb(pool.peakMemoryMb)} (all together)`,
  digest(),
]);

const shardRuns: TreeUsage[] = [];
for (let index = 1; index <= shards; index++)
  shardRuns.push(await build(['--shard', `${index}/${shards}`]));
const folders = fs.readdirSync(path.join(root, '_shards')).map((name) => `_shards/${name}`);
const merge = await build(['--merge', ...folders]);
const longest = Math.max(...shardRuns.map((s) => s.wallMs));
shardRuns.forEach((s, i) => {
  rows.push([`  shard ${i + 1} of ${shards}`, seconds(s.wallMs), mb(s.peakMemoryMb), '']);
});
rows.push(['  merge', seconds(merge.wallMs), mb(merge.peakMemoryMb), digest()]);
rows.push([
  `${shards} machines (longest shard + merge)`,
  seconds(longest + merge.wallMs),
  `${mb(Math.max(merge.peakMemoryMb, ...shardRuns.map((s) => s.peakMemoryMb)))} (largest process)`,
  '',
]);

console.log(
  `${pages.toLocaleString('en-GB')} pages, ${(pages * 10).toLocaleString('en-GB')} mappings, ${cores} cores, Node ${process.version}\n`,
);
console.log('| build | wall | peak memory | site digest |\n|---|--:|--:|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
fs.rmSync(root, { recursive: true, force: true });
