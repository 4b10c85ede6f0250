import { formatComparisonTable, type Skipped } from './comparison-table.ts';
import type { RunFigures } from './runs.ts';
import type { SearchTransfer } from './search-transfer.ts';

export interface BenchResult extends RunFigures {
  date: string;
  /** The commit measured, with `+` when the working tree had changes. */
  commit: string;
  pages: number;
  mappings: number;
  cpus: number;
  node: string;
  skipped: Skipped;
  /** Bytes transferred for a first search ("tax") in Chromium, when Chromium is installed. */
  searchFirstQueryBytes?: SearchTransfer;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/** The benchmark as a Markdown table, ready for the terminal and for README.md. */
export function formatBenchTable(r: BenchResult): string {
  const rows = [
    ...r.ours.timings.map((t) => [t.stage, seconds(t.ms)]),
    ['total, inside the build process', seconds(r.ours.totalMs)],
    ['pages per second', (r.ours.pages / (r.ours.totalMs / 1000)).toFixed(0)],
    ['peak memory of the build process', `${r.ours.peakMemoryMb.toFixed(0)} MB`],
    ...(r.searchFirstQueryBytes === undefined
      ? []
      : [
          [
            'first search: Pagefind, whole page (gzip)',
            `${kB(r.searchFirstQueryBytes.pagefindGzip)}, ${kB(r.searchFirstQueryBytes.totalGzip)}`,
          ],
          [
            'first search: Pagefind, whole page (uncompressed)',
            `${kB(r.searchFirstQueryBytes.pagefind)}, ${kB(r.searchFirstQueryBytes.total)}`,
          ],
        ]),
  ];
  const runs = r.runs.length > 1 ? `, median of ${r.runs.length} runs` : '';
  return [
    `${r.pages} pages, ${r.mappings} mappings (commit ${r.commit}, ${r.cpus} cores, Node ${r.node}${runs})`,
    '',
    '| stage | figure |',
    '|---|--:|',
    ...rows.map(([a, b]) => `| ${a} | ${b} |`),
    '',
    formatComparisonTable(r, r.skipped),
  ].join('\n');
}
