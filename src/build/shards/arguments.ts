import { parseArgs } from 'node:util';
import type { ShardOf } from './partition.ts';

/** What `npm run build` is asked to do: the whole site, one shard of it, or a merge of shards. */
export type BuildCommand =
  | { kind: 'whole'; fresh: boolean; jobs?: number; incrementalOnly: boolean }
  | { kind: 'shard'; shard: ShardOf; fresh: boolean; shardDir?: string }
  | { kind: 'merge'; shards: string[]; fresh: boolean };

export const BUILD_USAGE = [
  'npm run build                          the whole site into _site/ and _deploy/',
  'npm run build -- --shard K/N           one Nth of the pages into _shards/K-of-N/',
  'npm run build -- --merge _shards/*     joins every shard into _site/ and _deploy/',
  'npm run build -- --jobs J              the whole site on J processes (1: in one)',
  'npm run build -- --fresh               ignores the cache in .build-cache/',
  'npm run build -- --incremental-only    the whole site only if .build-cache/ spares most pages',
].join('\n');

/** `npm run build [--shard K/N | --merge <shard folders...> | --jobs J] [--fresh | --incremental-only]`; throws a message with the usage. */
export function parseBuildArgs(args: readonly string[]): BuildCommand {
  const fail = (message: string): never => {
    throw new Error(`${message}\n\n${BUILD_USAGE}`);
  };
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      shard: { type: 'string' },
      // Where a shard goes instead of _shards/K-of-N/: the build's own pool of shards uses it.
      'shard-dir': { type: 'string' },
      merge: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      'incremental-only': { type: 'boolean', default: false },
    },
  });
  const fresh = values.fresh;
  if (values.shard !== undefined && values.merge) fail('Give --shard or --merge, not both.');
  if (values.merge) {
    if (!positionals.length) fail('--merge needs the shard folders, e.g. --merge _shards/*.');
    return { kind: 'merge', shards: positionals, fresh };
  }
  if (positionals.length) fail(`Unexpected "${positionals[0]}": only --merge takes folders.`);
  if (values.jobs !== undefined && (values.shard !== undefined || values.merge))
    fail('--jobs sizes a whole build; a shard or a merge is one process.');
  const incrementalOnly = values['incremental-only'];
  if (incrementalOnly && (values.shard !== undefined || values.merge || fresh))
    fail(
      '--incremental-only is for a whole build that uses the cache: without --shard, --merge or --fresh.',
    );
  if (values.shard === undefined) {
    if (values.jobs === undefined) return { kind: 'whole', fresh, incrementalOnly };
    const jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1)
      fail(`--jobs must be a whole number of at least 1, not "${values.jobs}".`);
    return { kind: 'whole', fresh, jobs, incrementalOnly };
  }
  const match = /^(\d+)\/(\d+)$/.exec(values.shard);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || index > count)
    fail(`"--shard ${values.shard}" names no shard: write K/N with 1 ≤ K ≤ N, e.g. --shard 2/3.`);
  const shardDir = values['shard-dir'];
  return { kind: 'shard', shard: { index, count }, fresh, ...(shardDir ? { shardDir } : {}) };
}
