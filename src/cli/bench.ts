import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSite } from '../bench/generate-site.ts';
import { type BenchRun, summariseRuns } from '../bench/runs.ts';
import { searchTransferBytes } from '../bench/search-transfer.ts';
import { type BenchResult, formatBenchTable } from '../bench/table.ts';
import { compiledCache } from './compiled.mjs';

// npm run bench -- --pages N --mappings M [--runs R] [--heap MB]: a synthetic site, built and
// timed stage by stage, against bare Eleventy on the same Markdown. Results are kept in bench/results/.
// npm run bench -- --site <folder>: the same for a real site (a folder with content/ and
// optionally migrations-map/), e.g. test/fixtures/real-18f.
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    mappings: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    heap: { type: 'string' },
    site: { type: 'string' },
  },
});
const real = values.site ? path.resolve(values.site) : undefined;
const work = fs.mkdtempSync(
  path.join(os.tmpdir(), `bench-${real ? path.basename(real) : values.pages}-`),
);
if (real) {
  console.log(`Copying ${real} to ${work}`);
  for (const folder of ['content', 'migrations-map']) {
    if (fs.existsSync(path.join(real, folder)))
      fs.cpSync(path.join(real, folder), path.join(work, folder), { recursive: true });
  }
} else {
  console.log(`Generating ${values.pages} pages and ${values.mappings} mappings in ${work}`);
  generateSite(work, { pages: Number(values.pages), mappings: Number(values.mappings) });
}
const pages = real ? countFiles(path.join(work, 'content'), '.md') : Number(values.pages);
const mappings = real
  ? countLines(path.join(work, 'migrations-map'), '.csv')
  : Number(values.mappings);
const tsx = path.resolve('node_modules/.bin/tsx');
const nodeOptions = values.heap
  ? `--max-old-space-size=${values.heap}`
  : (process.env.NODE_OPTIONS ?? '');

const child = (script: string, args: string[]) =>
  JSON.parse(
    execFileSync(tsx, [path.resolve('src/bench', script), ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
    })
      .trim()
      .split('\n')
      .at(-1)!,
  );

const runs: BenchRun[] = [];
for (let run = 1; run <= Number(values.runs); run++) {
  // Each round builds into fresh folders, as a clean checkout or CI does.
  for (const dir of ['_site', '_deploy', '_bare'])
    fs.rmSync(path.join(work, dir), { recursive: true, force: true });
  const ours = child('measure-build.ts', [
    work,
    path.join(work, '_site'),
    path.join(work, '_deploy'),
  ]);
  if (!ours.ok) console.error('The synthetic site did not build:', ours.errors);
  runs.push({
    ours,
    bare: child('measure-bare-eleventy.ts', [work, path.join(work, '_bare')]),
    check: timeCheck(work),
  });
}
const figures = summariseRuns(runs);

const searchBytes = figures.ours.ok
  ? await searchTransferBytes(path.join(work, '_site'), real ? 'government' : 'tax')
  : undefined;

const result: BenchResult = {
  date: new Date().toISOString(),
  pages,
  mappings,
  cpus: os.cpus().length,
  node: process.version,
  ...figures,
  ...(searchBytes === undefined ? {} : { searchFirstQueryBytes: searchBytes }),
};
console.log(formatBenchTable(result));
fs.mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${result.date.slice(0, 10)}-${real ? path.basename(real) : `${pages}-pages`}.json`;
fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nSaved ${file}`);
fs.rmSync(work, { recursive: true, force: true });

function countFiles(dir: string, ending: string): number {
  return fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(ending)).length;
}

/** Rows of the CSV files in a folder, less their headers. */
function countLines(dir: string, ending: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ending) && !f.endsWith('.hits.csv'))
    .reduce(
      (n, f) => n + fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n').length - 1,
      0,
    );
}

/**
 * `npm run check` as a pull request runs it on a fresh clone: its own process, start to exit, in
 * ms, including making the bundle it runs from (src/cli/compiled.mjs).
 */
function timeCheck(root: string): number {
  fs.rmSync(compiledCache, { recursive: true, force: true });
  const start = performance.now();
  try {
    execFileSync(
      process.execPath,
      [path.resolve('src/cli/compiled.mjs'), path.resolve('src/cli/check.ts'), '--format', 'json'],
      { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: nodeOptions } },
    );
  } catch (failure) {
    // Exit 1 is a finished check that found errors; anything else is a check that broke.
    if ((failure as { status?: number }).status !== 1) throw failure;
  }
  return performance.now() - start;
}
