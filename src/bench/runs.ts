import type { BenchResult } from './table.ts';

/** One round of the benchmark: our build, bare Eleventy and `npm run check`, one after another. */
export interface BenchRun {
  ours: BenchResult['ours'];
  bare: BenchResult['bare'];
  check: number;
}

/**
 * Shared machines are noisy: the same build can take a third longer from one minute to the next.
 * With `--runs N` the rounds alternate, so a slow spell hits ours and the baseline alike, and the
 * figures are medians: our stage times are the middle round's, memory is the highest seen.
 */
export function summariseRuns(
  runs: readonly BenchRun[],
): Pick<BenchResult, 'ours' | 'bare' | 'ratio' | 'check' | 'runs'> {
  const middle = <T>(items: readonly T[], value: (item: T) => number): T =>
    [...items].sort((a, b) => value(a) - value(b))[Math.floor((items.length - 1) / 2)]!;
  const ours = middle(runs, (r) => r.ours.totalMs).ours;
  const bare = middle(runs, (r) => r.bare.totalMs).bare;
  return {
    ours: { ...ours, peakMemoryMb: Math.max(...runs.map((r) => r.ours.peakMemoryMb)) },
    bare: { ...bare, peakMemoryMb: Math.max(...runs.map((r) => r.bare.peakMemoryMb)) },
    ratio: ours.totalMs / bare.totalMs,
    check: middle(runs, (r) => r.check).check,
    runs: runs.map((r) => ({ oursMs: r.ours.totalMs, bareMs: r.bare.totalMs, checkMs: r.check })),
  };
}
