import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Baseline,
  measure,
  measureBaselines,
  prepareBaselines,
  type Usage,
} from '../bench/baselines.ts';
import { generateSite } from '../bench/generate-site.ts';
import { BENCH_USAGE, type BenchOptions, parseBenchArgs } from '../bench/options.ts';
import { type BenchRun, summariseRuns } from '../bench/runs.ts';
import { searchTransferBytes } from '../bench/search-transfer.ts';
import { type BenchResult, formatBenchTable } from '../bench/table.ts';
import { compiledCache } from './compiled.mjs';

// npm run bench: a synthetic site (--pages, --mappings) or a folder of content (--content, or
// --site for the folder holding content/), built and timed stage by stage, against the same
// Markdown built by bare Eleventy, Eleventy with the x-govuk plugin and Hugo, and against
// `npm run check` on the same site. Every figure is a child process's, from its start until the
// last process it started has ended (src/bench/process-tree.ts). Results go to bench/results/.
let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (failure) {
  console.error((failure as Error).message);
  process.exit(2);
}
const { source } = options;
const productRoot = fileURLToPath(new URL('../..', import.meta.url));
const label = source.kind === 'folder' ? source.name : `${source.pages}-pages`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${label}-`));
if (source.kind === 'folder') {
  if (!fs.existsSync(source.content))
    throw new Error(`There is no folder ${source.content}.\n\n${BENCH_USAGE}`);
  console.log(`Copying ${source.content} to ${work}`);
  fs.cpSync(source.content, path.join(work, 'content'), { recursive: true });
  if (fs.existsSync(source.migrations))
    fs.cpSync(source.migrations, path.join(work, 'migrations-map'), { recursive: true });
} else {
  console.log(`Generating ${source.pages} pages and ${source.mappings} mappings in ${work}`);
  generateSite(work, source);
}
const baselines = prepareBaselines(productRoot, work, path.join(work, 'content'));
const skipped = Object.fromEntries(
  baselines.flatMap((b: Baseline) => ('skipped' in b ? [[b.name, b.skipped]] : [])),
);
for (const [name, why] of Object.entries(skipped)) console.log(`Skipping ${name}: ${why}.`);
const env = {
  ...process.env,
  NODE_OPTIONS: options.heap
    ? `--max-old-space-size=${options.heap}`
    : (process.env.NODE_OPTIONS ?? ''),
};

const runs: BenchRun[] = [];
for (let round = 1; round <= options.runs; round++) {
  // Each round builds into fresh folders, as a clean checkout or CI does.
  const ours = await measure(
    {
      command: path.join(productRoot, 'node_modules/.bin/tsx'),
      args: [
        path.join(productRoot, 'src/bench/measure-build.ts'),
        work,
        path.join(work, '_site'),
        path.join(work, '_deploy'),
      ],
      output: path.join(work, '_site'),
    },
    env,
    'our build',
  );
  const built = JSON.parse(ours.stdout.trim().split('\n').at(-1)!);
  if (!built.ok) console.error('The site did not build:', built.errors);
  const run: BenchRun = {
    ours: { ...built, usage: ours.usage },
    baselines: await measureBaselines(baselines, env),
    check: await timeCheck(work),
  };
  runs.push(run);
  console.log(
    `Round ${round}: ${[
      ['ours', run.ours.usage],
      ...Object.entries(run.baselines),
      ['check', run.check],
    ]
      .map(([name, u]) => `${name} ${((u as Usage).wallMs / 1000).toFixed(2)} s`)
      .join(', ')}`,
  );
}
const figures = summariseRuns(runs);

const searchBytes = figures.ours.ok
  ? await searchTransferBytes(
      path.join(work, '_site'),
      source.kind === 'folder' ? 'government' : 'tax',
    )
  : undefined;

const result: BenchResult = {
  date: new Date().toISOString(),
  commit: commitMeasured(),
  pages: figures.ours.pages,
  mappings: countMappings(path.join(work, 'migrations-map')),
  cpus: os.cpus().length,
  node: process.version,
  skipped,
  ...figures,
  ...(searchBytes === undefined ? {} : { searchFirstQueryBytes: searchBytes }),
};
console.log(formatBenchTable(result));
fs.mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${result.date.slice(0, 10)}-${label}.json`;
fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nSaved ${file}`);
fs.rmSync(work, { recursive: true, force: true });

/** Rows of the mapping CSV files in a folder, less their headers. */
function countMappings(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && !f.endsWith('.hits.csv'))
    .reduce(
      (n, f) => n + fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n').length - 1,
      0,
    );
}

/**
 * `npm run check` as a pull request runs it on a fresh clone: its own process, start to exit,
 * including making the bundle it runs from (src/cli/compiled.mjs). Exit 1 is a finished check
 * that found errors.
 */
async function timeCheck(root: string) {
  fs.rmSync(compiledCache, { recursive: true, force: true });
  const check = {
    command: process.execPath,
    args: [
      path.join(productRoot, 'src/cli/compiled.mjs'),
      path.join(productRoot, 'src/cli/check.ts'),
      '--format',
      'json',
    ],
    cwd: root,
  };
  return (await measure(check, env, 'npm run check', [0, 1])).usage;
}

/** The commit measured, `+` when files it tracks have changed; a copy without Git says so. */
function commitMeasured(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: productRoot, encoding: 'utf8', stdio: 'pipe' }).trim();
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+' : ''}`;
  } catch {
    return 'not a Git checkout';
  }
}
