import path from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm run bench` builds: a synthetic site it writes, or a folder of real content. */
export type BenchSource =
  | { kind: 'synthetic'; pages: number; mappings: number }
  | {
      kind: 'folder';
      /** For the results' file name: the folder's own, or its parent's when it is `content`. */
      name: string;
      content: string;
      /** The sibling `migrations-map/`, used when it exists. */
      migrations: string;
    };

export interface BenchOptions {
  source: BenchSource;
  runs: number;
  /** V8's old-space limit for every build, in MB. */
  heap?: number;
}

export const BENCH_USAGE = [
  'npm run bench -- [--pages N] [--mappings M] [--runs R] [--heap MB]',
  'npm run bench -- --content <content folder> [--runs R] [--heap MB]',
  'npm run bench -- --site <folder holding content/> [--runs R] [--heap MB]',
].join('\n');

/** Reads the command line; throws a message ending with the usage when it makes no sense. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      pages: { type: 'string' },
      mappings: { type: 'string' },
      runs: { type: 'string', default: '1' },
      heap: { type: 'string' },
      site: { type: 'string' },
      content: { type: 'string' },
    },
  });
  const fail = (message: string): never => {
    throw new Error(`${message}\n\n${BENCH_USAGE}`);
  };
  const count = (name: string, text: string | undefined, fallback: number, least = 1) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    return Number.isInteger(n) && n >= least
      ? n
      : fail(`--${name} must be a whole number of at least ${least}, not "${text}".`);
  };
  const folder = values.content ?? (values.site && path.join(values.site, 'content'));
  if (values.content && values.site) fail('Give --content or --site, not both.');
  if (folder && (values.pages || values.mappings))
    fail('--pages and --mappings size a synthetic site; a content folder is timed as it is.');
  const runs = count('runs', values.runs, 1);
  const heap = values.heap === undefined ? undefined : count('heap', values.heap, 0, 64);
  if (!folder)
    return {
      source: {
        kind: 'synthetic',
        pages: count('pages', values.pages, 1000),
        mappings: count('mappings', values.mappings, 10000, 0),
      },
      runs,
      heap,
    };
  const content = path.resolve(folder);
  const parent = path.dirname(content);
  return {
    source: {
      kind: 'folder',
      name: path.basename(path.basename(content) === 'content' ? parent : content),
      content,
      migrations: path.join(parent, 'migrations-map'),
    },
    runs,
    heap,
  };
}
