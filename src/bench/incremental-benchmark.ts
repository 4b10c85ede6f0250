/**
 * Incremental builds against whole ones: `npx tsx src/bench/incremental-benchmark.ts [--pages
 * 1000,10000] [--heap MB]` writes a synthetic site of each size, builds it whole in one process
 * (which fills `.build-cache/`), changes one page's body three times, building again after each
 * as `npm run build` does, then builds with `--fresh`, and prints each build's time and memory and whether the incremental
 * build published the same site as the fresh one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mb, measuredBuild, seconds, siteDigest } from './cli-builds.ts';
import { generateSite } from './generate-site.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000,10000' }, heap: { type: 'string' } },
});
const env = {
  ...process.env,
  ...(values.heap ? { NODE_OPTIONS: `--max-old-space-size=${values.heap}` } : {}),
};

console.log(
  `${os.availableParallelism()} cores, Node ${process.version}; mappings: ten per page\n`,
);
console.log(
  '| pages | whole build | its peak memory | one page changed, three times | peak memory of the median | same site as --fresh |\n|--:|--:|--:|--:|--:|---|',
);
for (const pages of values.pages.split(',').map(Number)) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-incremental-'));
  const [first] = generateSite(root, { pages, mappings: pages * 10 });
  const whole = await measuredBuild(root, ['--jobs', '1'], env);
  // Three changes in a row, as a day's publishing makes them: the first follows the whole build.
  const changes = [];
  for (const sentence of ['One more sentence.', 'And another.', 'And a third.']) {
    fs.appendFileSync(
      path.join(root, 'content', first!.department, first!.path),
      `\n${sentence}\n`,
    );
    changes.push(await measuredBuild(root, [], env));
  }
  const incremental = [...changes].sort((a, b) => a.wallMs - b.wallMs)[1]!;
  const published = siteDigest(root);
  await measuredBuild(root, ['--fresh', '--jobs', '1'], env);
  const same = published === siteDigest(root) ? 'yes' : 'no';
  console.log(
    `| ${pages.toLocaleString('en-GB')} | ${seconds(whole.wallMs)} | ${mb(whole.peakMemoryMb)} | ${changes.map((c) => seconds(c.wallMs)).join(', ')} (median ${seconds(incremental.wallMs)}) | ${mb(incremental.peakMemoryMb)} | ${same} |`,
  );
  fs.rmSync(root, { recursive: true, force: true });
}
