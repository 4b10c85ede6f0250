import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Diagnostic, hasErrors } from '../../report/diagnostic.ts';
import { type BuildOptions, type BuildResult, buildSite } from '../build-site.ts';
import { PreviousBuild } from '../incremental/build-cache.ts';
import { SiteBuild } from '../site-build.ts';
import { mergeShards } from './merge-shards.ts';

const buildCommand = fileURLToPath(new URL('../../cli/build.ts', import.meta.url));
// The shard's Node runs our TypeScript as `npm run build` does, through tsx, found from here
// rather than from the site's folder, which has no node_modules of its own.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Pages a shard renders at most: Eleventy holds every page it renders in memory until it ends. */
const SHARD_PAGES = 20_000;

/**
 * A whole build run as shards, on a pool of `workers` processes of `npm run build -- --shard`
 * (Node's own child processes, each its own core and heap), then merged in this process. The
 * shards go to `.build-cache/shards/` and are removed once merged.
 */
export async function buildInShards(
  build: SiteBuild,
  options: BuildOptions,
  workers: number,
): Promise<BuildResult> {
  const count = Math.max(workers, Math.ceil(build.model.pages.length / SHARD_PAGES));
  const dir = path.join(build.root, '.build-cache/shards');
  fs.rmSync(dir, { recursive: true, force: true });
  const folders = Array.from({ length: count }, (_, i) => path.join(dir, `${i + 1}-of-${count}`));
  const failed: Diagnostic[][] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const diagnostics = await runShard(build.root, i + 1, count, folders[i]!);
      if (hasErrors(diagnostics)) failed.push(diagnostics);
    }
  };
  await build.timer.run('shards', () =>
    Promise.all(Array.from({ length: Math.min(workers, count) }, worker)),
  );
  if (failed.length) {
    // Every shard loads the same site, so this build has reported the load's problems already.
    const known = new Set(build.diagnostics.map(key));
    build.diagnostics.push(...failed.flat().filter((d) => !known.has(key(d))));
    return build.result(false);
  }
  const result = await mergeShards({ ...options, shards: folders }, build);
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

/** Runs one shard's build in its own process; resolves with its diagnostics. */
function runShard(root: string, index: number, count: number, outDir: string) {
  return new Promise<Diagnostic[]>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', tsx, buildCommand, '--shard', `${index}/${count}`, '--shard-dir', outDir],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
    );
    let diagnostics: Diagnostic[] | undefined;
    child.on('message', (message) => {
      diagnostics = message as Diagnostic[];
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (diagnostics) resolve(diagnostics);
      else
        reject(
          new Error(`Shard ${index} of ${count} stopped (exit code ${code}) before it ended.`),
        );
    });
  });
}

const key = (d: Diagnostic) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`;

/** Below this many pages a second process costs more (its start, its own load) than it saves. */
export const POOL_MIN_PAGES = 20_000;

/**
 * How many shard processes a whole build of `pages` pages runs at once; 1 builds in this process.
 * With a cache it can use, one process renders only what changed (docs/incremental.md), which
 * costs less than any pool rendering everything.
 */
export const poolSize = (pages: number, cores: number, cacheUsable: boolean) =>
  cacheUsable || pages < POOL_MIN_PAGES ? 1 : cores;

/** How `npm run build` runs a whole build: `--jobs`, `--incremental-only`. */
export interface WholeBuildChoice {
  /** The number of processes, instead of the one the site's size and the cache choose. */
  jobs?: number;
  /** Build only when the cache lets the build render only what changed (CI's first job). */
  incrementalOnly?: boolean;
}

/**
 * `npm run build`: the whole site, in this process or, when the site is large, renders whole and
 * the machine has the cores, as shards on a pool of processes; the result is the same site either
 * way.
 */
export async function buildWholeSite(
  options: BuildOptions,
  { jobs, incrementalOnly = false }: WholeBuildChoice = {},
): Promise<BuildResult> {
  const build = await SiteBuild.load(options.root, options);
  if (!(build instanceof SiteBuild)) return build;
  const previous = PreviousBuild.read(build.root);
  const cacheUsable = previous.usableBy(build, options.drafts ?? false);
  if (incrementalOnly && !cacheUsable) return { ...build.result(true), notBuilt: true };
  const workers =
    jobs ?? poolSize(build.model.pages.length, os.availableParallelism(), cacheUsable);
  return workers > 1 ? buildInShards(build, options, workers) : buildSite(options, build, previous);
}
