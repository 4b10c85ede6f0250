import type { SearchTransfer } from './search-transfer.ts';

export interface BenchResult {
  date: string;
  pages: number;
  mappings: number;
  cpus: number;
  node: string;
  ours: {
    ok: boolean;
    errors?: unknown[];
    pages: number;
    timings: Array<{ stage: string; ms: number }>;
    totalMs: number;
    peakMemoryMb: number;
  };
  bare: { totalMs: number; peakMemoryMb: number };
  ratio: number;
  /** Wall time of `npm run check` on the same site, in ms. */
  check?: number;
  /** Each round's totals, when there were several (`--runs`); the figures above are medians. */
  runs?: Array<{ oursMs: number; bareMs: number; checkMs: number }>;
  /** Bytes transferred for a first search ("tax") in Chromium, when Chromium is installed. */
  searchFirstQueryBytes?: SearchTransfer;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/** The benchmark as a Markdown table, ready for the terminal and for README.md. */
export function formatBenchTable(r: BenchResult): string {
  const rows = [
    ...r.ours.timings.map((t) => [t.stage, seconds(t.ms)]),
    ['total', seconds(r.ours.totalMs)],
    ['pages per second', (r.ours.pages / (r.ours.totalMs / 1000)).toFixed(0)],
    ['peak memory', `${r.ours.peakMemoryMb.toFixed(0)} MB`],
    [
      'bare Eleventy, same Markdown',
      `${seconds(r.bare.totalMs)}, ${r.bare.peakMemoryMb.toFixed(0)} MB`,
    ],
    ['ours / bare Eleventy', `${r.ratio.toFixed(2)}x`],
    ...(r.check === undefined
      ? []
      : [
          [
            'npm run check (share of the build)',
            `${seconds(r.check)} (${((100 * r.check) / r.ours.totalMs).toFixed(0)}%)`,
          ],
        ]),
    ...(r.runs && r.runs.length > 1
      ? [
          [
            'each run: ours / bare (ratio)',
            r.runs
              .map(
                (run) =>
                  `${seconds(run.oursMs)} / ${seconds(run.bareMs)} (${(run.oursMs / run.bareMs).toFixed(2)}x)`,
              )
              .join('; '),
          ],
        ]
      : []),
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
  const runs = r.runs && r.runs.length > 1 ? `, median of ${r.runs.length} runs` : '';
  return [
    `${r.pages} pages, ${r.mappings} mappings (${r.cpus} cores, Node ${r.node}${runs})`,
    '',
    '| stage | figure |',
    '|---|--:|',
    ...rows.map(([a, b]) => `| ${a} | ${b} |`),
  ].join('\n');
}
