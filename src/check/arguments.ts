import path from 'node:path';
import { parseArgs } from 'node:util';

export type Format = 'terminal' | 'github' | 'json';
const FORMATS: Format[] = ['terminal', 'github', 'json'];

export interface CheckArguments {
  format: Format;
  /** Paths given, relative to the root with forward slashes. */
  paths: string[];
  today?: string;
  /** --fix: rewrite what can be fixed safely in the files before checking them. */
  fix: boolean;
}

/** `npm run check [paths...] [--format terminal|github|json] [--today YYYY-MM-DD] [--fix]`. */
export function parseCheckArguments(argv: string[], root: string): CheckArguments {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'terminal' },
      today: { type: 'string' },
      fix: { type: 'boolean', default: false },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new Error(`Unknown --format "${values.format}": use ${FORMATS.join(', ')}.`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new Error(`--today must be a date written YYYY-MM-DD, not "${values.today}".`);
  const paths = positionals.map((p) =>
    path.relative(root, path.resolve(root, p)).split(path.sep).join('/').replace(/\/$/, ''),
  );
  return { format, paths, fix: values.fix, ...(values.today ? { today: values.today } : {}) };
}

/**
 * The files a list of paths names: a file itself, or every known file inside a folder. Paths
 * that name nothing are returned as `missing`.
 */
export function filesNamed(
  paths: readonly string[],
  known: readonly string[],
): { files: Set<string>; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const p of paths) {
    const inside = known.filter((f) => f === p || p === '' || p === '.' || f.startsWith(`${p}/`));
    if (inside.length === 0) missing.push(p);
    for (const f of inside) files.add(f);
  }
  return { files, missing };
}
