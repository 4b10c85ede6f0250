import type { Usage } from './baselines.ts';

/** Our build as its child process reports it, with what the whole process tree cost. */
export interface OurBuild {
  ok: boolean;
  errors?: unknown[];
  pages: number;
  timings: Array<{ stage: string; ms: number }>;
  /** buildSite() alone, inside the process: no start-up, no waiting for other processes. */
  totalMs: number;
  /** The build process's own peak, in MB. */
  peakMemoryMb: number;
  usage: Usage;
}

/** One round of the benchmark: our build, every baseline and `npm run check`, one after another. */
export interface BenchRun {
  ours: OurBuild;
  baselines: Record<string, Usage>;
  check: Usage;
}

export interface RunFigures {
  ours: OurBuild;
  baselines: Record<string, Usage>;
  check: Usage;
  /** Each round's figures; those above are medians. */
  runs: Array<{ ours: Usage; baselines: Record<string, Usage>; check: Usage }>;
}

/**
 * Shared machines are noisy: the same build can take a third longer from one minute to the next.
 * With `--runs N` the rounds alternate, so a slow spell hits ours and the baselines alike, and
 * the figures are medians: each one's middle round by wall time, with memory the highest seen.
 */
export function summariseRuns(runs: readonly BenchRun[]): RunFigures {
  const ours = middle(runs, (r) => r.ours.usage.wallMs).ours;
  const names = Object.keys(runs[0]?.baselines ?? {});
  return {
    ours: { ...ours, peakMemoryMb: Math.max(...runs.map((r) => r.ours.peakMemoryMb)) },
    baselines: Object.fromEntries(
      names.map((name) => [name, middleUsage(runs.map((r) => r.baselines[name]!))]),
    ),
    check: middleUsage(runs.map((r) => r.check)),
    runs: runs.map((r) => ({ ours: r.ours.usage, baselines: r.baselines, check: r.check })),
  };
}

/** The median of per-round values: each round's ratio is taken before the median. */
export function median(values: readonly number[]): number {
  return middle(values, (v) => v);
}

function middleUsage(usages: readonly Usage[]): Usage {
  return {
    ...middle(usages, (u) => u.wallMs),
    peakMemoryMb: Math.max(...usages.map((u) => u.peakMemoryMb)),
  };
}

function middle<T>(items: readonly T[], value: (item: T) => number): T {
  return [...items].sort((a, b) => value(a) - value(b))[Math.floor((items.length - 1) / 2)]!;
}
