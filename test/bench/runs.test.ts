import { describe, expect, it } from 'vitest';
import type { Usage } from '../../src/bench/baselines.ts';
import { type BenchRun, summariseRuns } from '../../src/bench/runs.ts';
import { formatBenchTable } from '../../src/bench/table.ts';

const usage = (wallMs: number, cpuMs = wallMs, peakMemoryMb = 100): Usage => ({
  wallMs,
  cpuMs,
  peakMemoryMb,
  pagefindCpuMs: cpuMs / 4,
});

const run = (oursMs: number, bareMs: number, checkMs: number, peakMemoryMb = 100): BenchRun => ({
  ours: {
    ok: true,
    pages: 1000,
    timings: [{ stage: 'render', ms: oursMs / 2 }],
    totalMs: oursMs - 1000,
    peakMemoryMb,
    usage: usage(oursMs, 2 * oursMs, peakMemoryMb),
  },
  baselines: { 'bare Eleventy': usage(bareMs, bareMs, 50) },
  check: usage(checkMs),
});

describe('the benchmark over several runs', () => {
  const runs = [
    run(60_000, 20_000, 9_000, 900),
    run(40_000, 10_000, 12_000, 1_400),
    run(50_000, 16_000, 8_000, 1_000),
  ];
  const figures = summariseRuns(runs);

  it('reports the middle run of ours, of each baseline and of the check, and the highest memory', () => {
    expect(figures.ours.usage.wallMs).toBe(50_000);
    expect(figures.ours.timings).toEqual([{ stage: 'render', ms: 25_000 }]);
    expect(figures.baselines['bare Eleventy']!.wallMs).toBe(16_000);
    expect(figures.check.wallMs).toBe(9_000);
    expect(figures.ours.peakMemoryMb).toBe(1_400);
  });

  it('takes each ratio round by round, and shows their median and range', () => {
    const table = formatBenchTable({
      date: '2026-11-22',
      commit: 'abc1234',
      pages: 1000,
      mappings: 0,
      cpus: 2,
      node: 'v20',
      skipped: { 'Hugo + Pagefind CLI': 'hugo is not on PATH' },
      ...figures,
    });
    expect(table).toContain('(commit abc1234, 2 cores, Node v20, median of 3 runs)');
    // Ours / bare by round: 3.00x, 4.00x, 3.13x; CPU twice that.
    expect(table).toContain(
      '| bare Eleventy | 16.00 s | 16.00 s | 4.00 s | 50 MB | 3.13x (3.00x to 4.00x) | 6.25x (6.00x to 8.00x) |',
    );
    // Check / build by round: 0.15x, 0.30x, 0.16x.
    expect(table).toContain(
      '| `npm run check` | 9.00 s | 9.00 s | 2.25 s | 100 MB | check / build 0.16x (0.15x to 0.30x) |',
    );
    expect(table).toContain('| Hugo + Pagefind CLI | skipped: hugo is not on PATH | | | | | |');
  });

  it('says when processes the build started outlived it', () => {
    const late = run(10_000, 5_000, 1_000);
    late.ours.usage.exitMs = 7_000;
    expect(
      formatBenchTable({
        ...summariseRuns([late]),
        date: '',
        commit: 'x',
        pages: 1,
        mappings: 0,
        cpus: 2,
        node: 'v20',
        skipped: {},
      }),
    ).toContain(
      '| our build: its own process exited at | 7.00 s | | | | processes it started ran 3.00 s longer | |',
    );
  });
});
