import { describe, expect, it } from 'vitest';
import { type BenchRun, summariseRuns } from '../../src/bench/runs.ts';
import { formatBenchTable } from '../../src/bench/table.ts';

const run = (oursMs: number, bareMs: number, checkMs: number, peakMemoryMb = 100): BenchRun => ({
  ours: {
    ok: true,
    pages: 1000,
    timings: [{ stage: 'render', ms: oursMs / 2 }],
    totalMs: oursMs,
    peakMemoryMb,
  },
  bare: { totalMs: bareMs, peakMemoryMb: 50 },
  check: checkMs,
});

describe('the benchmark over several runs', () => {
  const runs = [
    run(60_000, 20_000, 9_000, 900),
    run(40_000, 10_000, 12_000, 1_400),
    run(50_000, 16_000, 8_000, 1_000),
  ];
  const figures = summariseRuns(runs);

  it('reports the middle run of ours, of bare Eleventy and of the check, and the highest memory', () => {
    expect(figures.ours.totalMs).toBe(50_000);
    expect(figures.ours.timings).toEqual([{ stage: 'render', ms: 25_000 }]);
    expect(figures.bare.totalMs).toBe(16_000);
    expect(figures.ratio).toBeCloseTo(50 / 16);
    expect(figures.check).toBe(9_000);
    expect(figures.ours.peakMemoryMb).toBe(1_400);
  });

  it('shows every run beside the medians in the table', () => {
    const table = formatBenchTable({
      date: '2026-11-22',
      pages: 1000,
      mappings: 0,
      cpus: 2,
      node: 'v20',
      ...figures,
    });
    expect(table).toContain('median of 3 runs');
    expect(table).toContain('| ours / bare Eleventy | 3.13x |');
    expect(table).toContain(
      '| each run: ours / bare (ratio) | 60.00 s / 20.00 s (3.00x); 40.00 s / 10.00 s (4.00x); 50.00 s / 16.00 s (3.13x) |',
    );
  });
});
