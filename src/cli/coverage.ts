/**
 * `npm run coverage [--site <id>] [--min <percent>] [--base <git ref> [--format markdown]]`:
 * migration coverage on the terminal, per legacy site and in total. Exits 1 when URL coverage (of
 * the site, or in total) is below --min. `--base` adds how it changed since that commit, per site
 * (`+120 URLs, +3.2% of traffic`); `--format markdown` prints that as a table for a CI summary.
 *
 * Reads `_site/migrations/coverage.json` when the build wrote it after the last change to
 * migrations-map/; otherwise computes the figures from content/ and migrations-map/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrationInputsAt } from '../migrations/content-inputs.ts';
import { changesMarkdown, coverageChanges, describeChange } from '../migrations/coverage-diff.ts';
import {
  type CoverageFigures,
  type CoverageReport,
  coverageReport,
  loadMigrations,
} from '../migrations/index.ts';
import { coverageAt } from './coverage-base.ts';

const newest = (dir: string) =>
  fs.existsSync(dir)
    ? Math.max(0, ...fs.readdirSync(dir).map((name) => fs.statSync(path.join(dir, name)).mtimeMs))
    : 0;

function report(root: string): { report: CoverageReport; source: string } {
  const json = path.join(root, '_site/migrations/coverage.json');
  if (
    fs.existsSync(json) &&
    fs.statSync(json).mtimeMs >= newest(path.join(root, 'migrations-map'))
  ) {
    return {
      report: JSON.parse(fs.readFileSync(json, 'utf8')) as CoverageReport,
      source: path.relative(root, json),
    };
  }
  const { model, diagnostics } = loadMigrations(migrationInputsAt(root));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0)
    console.error(`${errors} error(s) in the migrations map; run npm run check to see them.`);
  return { report: coverageReport(model), source: 'content/ and migrations-map/' };
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const row = (name: string, f: CoverageFigures) =>
  [
    name,
    f.urls,
    f.redirected,
    f.gone,
    f.unmapped,
    percent(f.coverage),
    percent(f.hits_coverage),
  ].map(String);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  '),
    )
    .join('\n');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      min: { type: 'string' },
      base: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const { report: figures, source } = report(process.cwd());
  if (values.format !== undefined && (values.format !== 'markdown' || !values.base)) {
    console.error('--format takes one value, markdown, and goes with --base <git ref>.');
    return 2;
  }
  const sites = values.site ? figures.sites.filter((s) => s.id === values.site) : figures.sites;
  if (values.site && sites.length === 0) {
    console.error(
      `There is no legacy site "${values.site}". Sites: ${figures.sites.map((s) => s.id).join(', ')}.`,
    );
    return 2;
  }
  const min = values.min === undefined ? null : Number(values.min);
  if (min !== null && !(min >= 0 && min <= 100)) {
    console.error(`--min must be a percentage from 0 to 100, not "${values.min}".`);
    return 2;
  }
  const rows = [
    ['site', 'urls', 'redirected', 'gone', 'unmapped', 'coverage', 'hits coverage'],
    ...sites.map((s) => row(s.id, s)),
  ];
  if (!values.site) rows.push(row('total', figures.total));
  if (values.base) {
    let before: CoverageReport;
    try {
      before = coverageAt(process.cwd(), values.base);
    } catch (error) {
      console.error(
        `Cannot read commit "${values.base}" with git: ${(error as Error).message.trim()}\nFetch it first (actions/checkout with fetch-depth: 0), or name a branch, tag or commit that exists.`,
      );
      return 2;
    }
    const changes = coverageChanges(before, figures).filter(
      (c) => !values.site || c.site === values.site,
    );
    if (values.format === 'markdown') console.log(changesMarkdown(values.base, changes));
    else
      console.log(
        `Migration coverage (from ${source})\n\n${table(rows)}\n\nAgainst ${values.base}:\n${changes.map(describeChange).join('\n')}`,
      );
  } else console.log(`Migration coverage (from ${source})\n\n${table(rows)}`);
  const checked: Array<[string, CoverageFigures]> = values.site
    ? sites.map((s) => [s.id, s])
    : [['total', figures.total]];
  const below = checked.filter(([, f]) => min !== null && f.coverage * 100 < min);
  for (const [name, f] of below)
    console.error(
      `\n${name}: coverage ${percent(f.coverage)} is below --min ${min}%. Map the URLs listed in _site/migrations/ to raise it.`,
    );
  return below.length > 0 ? 1 : 0;
}

process.exitCode = main();
