/**
 * How coverage changes between two commits, per legacy site and in total: covered URLs and
 * traffic coverage before and after, for a pull request's summary (`+120 URLs, +3.2% of traffic`).
 */
import type { CoverageFigures, CoverageReport } from './coverage.ts';

export interface CoverageChange {
  /** A site id, or `total`. */
  site: string;
  /** Null when the site is not in that commit. */
  before: CoverageFigures | null;
  after: CoverageFigures | null;
}

export function coverageChanges(before: CoverageReport, after: CoverageReport): CoverageChange[] {
  const old = new Map(before.sites.map((s) => [s.id, s]));
  const now = new Map(after.sites.map((s) => [s.id, s]));
  const ids = [...new Set([...now.keys(), ...old.keys()])];
  return [
    ...ids.map((site) => ({ site, before: old.get(site) ?? null, after: now.get(site) ?? null })),
    { site: 'total', before: before.total, after: after.total },
  ];
}

const covered = (f: CoverageFigures) => f.redirected + f.gone;
const signed = (n: number, text: string) => `${n >= 0 ? '+' : '−'}${text}`;
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const points = (a: number, b: number) => signed(b - a, `${(Math.abs(b - a) * 100).toFixed(1)}%`);

/** One line: `taxoffice: +120 URLs, +3.2% of traffic (coverage 86.9% -> 92.1%, traffic 95.7% -> 98.9%)`. */
export function describeChange({ site, before, after }: CoverageChange): string {
  if (!after) return `${site}: removed (it covered ${before!.redirected + before!.gone} URLs)`;
  if (!before)
    return `${site}: new, ${covered(after)} URLs covered of ${after.urls}, ${percent(after.hits_coverage)} of traffic`;
  const urls = covered(after) - covered(before);
  return (
    `${site}: ${signed(urls, `${Math.abs(urls)} URL${Math.abs(urls) === 1 ? '' : 's'}`)}, ` +
    `${points(before.hits_coverage, after.hits_coverage)} of traffic ` +
    `(coverage ${percent(before.coverage)} -> ${percent(after.coverage)}, ` +
    `traffic ${percent(before.hits_coverage)} -> ${percent(after.hits_coverage)})`
  );
}

/** A Markdown table for $GITHUB_STEP_SUMMARY. */
export function changesMarkdown(base: string, changes: CoverageChange[]): string {
  const cell = (f: CoverageFigures | null, pick: (f: CoverageFigures) => string) =>
    f ? pick(f) : '—';
  const rows = changes.map((c) => {
    const urls = c.before && c.after ? covered(c.after) - covered(c.before) : null;
    const traffic =
      c.before && c.after ? points(c.before.hits_coverage, c.after.hits_coverage) : '—';
    return `| ${c.site} | ${urls === null ? '—' : signed(urls, String(Math.abs(urls)))} | ${traffic} | ${cell(c.before, (f) => percent(f.coverage))} → ${cell(c.after, (f) => percent(f.coverage))} | ${cell(c.before, (f) => percent(f.hits_coverage))} → ${cell(c.after, (f) => percent(f.hits_coverage))} |`;
  });
  return [
    `### Migration coverage against \`${base}\``,
    '',
    '| site | URLs covered | traffic | coverage | traffic coverage |',
    '|---|---:|---:|---|---|',
    ...rows,
    '',
  ].join('\n');
}
