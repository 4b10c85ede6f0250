import type { Usage } from './baselines.ts';
import { median, type RunFigures } from './runs.ts';

/** Baselines that could not run on this machine, and why (e.g. `hugo is not on PATH`). */
export type Skipped = Record<string, string>;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const times = (ratio: number) => `${ratio.toFixed(2)}x`;
type Round = RunFigures['runs'][number];

/**
 * Our build against each baseline, and `npm run check` against the build, wall and CPU time,
 * every process counted until the last one ended. Ratios are taken round by round (ours and the
 * baseline ran a minute apart) and their median shown, with the range over the rounds: how much
 * the machine's noise moves them.
 */
export function formatComparisonTable(figures: RunFigures, skipped: Skipped = {}): string {
  const byRound = (
    key: 'wallMs' | 'cpuMs',
    ratio: (round: Round, key: 'wallMs' | 'cpuMs') => number,
  ) => {
    const ratios = figures.runs.map((round) => ratio(round, key));
    const spread =
      ratios.length > 1 ? ` (${times(Math.min(...ratios))} to ${times(Math.max(...ratios))})` : '';
    return `${times(median(ratios))}${spread}`;
  };
  const row = (name: string, usage: Usage, wall = '', cpu = '') =>
    `| ${name} | ${seconds(usage.wallMs)} | ${seconds(usage.cpuMs)} | ${seconds(usage.pagefindCpuMs)} | ${usage.peakMemoryMb.toFixed(0)} MB | ${wall} | ${cpu} |`;
  const ours = figures.ours.usage;
  const against = (name: string) => (round: Round, key: 'wallMs' | 'cpuMs') =>
    round.ours[key] / round.baselines[name]![key];
  const check = (round: Round, key: 'wallMs' | 'cpuMs') => round.check[key] / round.ours[key];
  return [
    '| | wall | CPU | of which Pagefind | memory | ours / this (wall) | ours / this (CPU) |',
    '|---|--:|--:|--:|--:|--:|--:|',
    row('our build', ours),
    ...(ours.exitMs === undefined
      ? []
      : [
          `| our build: its own process exited at | ${seconds(ours.exitMs)} | | | | processes it started ran ${seconds(ours.wallMs - ours.exitMs)} longer | |`,
        ]),
    ...Object.entries(figures.baselines).map(([name, usage]) =>
      row(name, usage, byRound('wallMs', against(name)), byRound('cpuMs', against(name))),
    ),
    ...Object.entries(skipped).map(([name, why]) => `| ${name} | skipped: ${why} | | | | | |`),
    row(
      '`npm run check`',
      figures.check,
      `check / build ${byRound('wallMs', check)}`,
      `check / build ${byRound('cpuMs', check)}`,
    ),
  ].join('\n');
}
