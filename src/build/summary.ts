import type { SiteModel } from '../content/index.ts';
import type { RenderCounts } from './incremental/plan.ts';

export interface StageTiming {
  stage: string;
  ms: number;
}

/** The line-per-department summary printed after a build. */
export function buildSummary(
  model: SiteModel,
  timings: readonly StageTiming[],
  totalMs: number,
  rendered?: RenderCounts,
): string {
  const counts = new Map<string, number>();
  for (const page of model.pages)
    counts.set(page.department, (counts.get(page.department) ?? 0) + 1);
  const width = Math.max(...[...model.departments.values()].map((d) => d.name.length), 10);
  const rows = [...model.departments.values()].map(
    (d) => `  ${d.name.padEnd(width)}  ${String(counts.get(d.slug) ?? 0).padStart(6)}`,
  );
  return [
    `Built ${model.pages.length} pages from ${model.departments.size} departments in ${(totalMs / 1000).toFixed(2)} s`,
    `  ${'Department'.padEnd(width)}  ${'Pages'.padStart(6)}`,
    ...rows,
    ...(rendered?.reused ? [`  ${incrementalLine(rendered)}`] : []),
    `  ${timings.map((t) => `${t.stage} ${(t.ms / 1000).toFixed(2)} s`).join(', ')}`,
  ].join('\n');
}

const REASONS = {
  'no cache': 'not in the cache',
  'site changed': 'the site changed',
  new: 'new',
  changed: 'changed',
  'links changed': 'their links lead elsewhere now',
} as const;

/** e.g. "Rendered 3 pages (1 changed, 2 their links lead elsewhere now) and the generated pages; 117 pages from .build-cache/; 1 of 4 parts of the search indexed again". */
function incrementalLine({ rendered, reused, generated, reasons, search }: RenderCounts): string {
  const why = Object.entries(reasons).map(
    ([reason, count]) => `${count} ${REASONS[reason as keyof typeof REASONS]}`,
  );
  return [
    `Rendered ${rendered} ${rendered === 1 ? 'page' : 'pages'}`,
    why.length ? ` (${why.join(', ')})` : '',
    generated ? ' and the generated pages' : '',
    `; ${reused} ${reused === 1 ? 'page' : 'pages'}${generated ? '' : ' and the generated pages'} from .build-cache/`,
    search ? `; ${search.built} of ${search.parts} parts of the search indexed again` : '',
  ].join('');
}
