import type { SiteModel } from '../content/index.ts';

export interface StageTiming {
  stage: string;
  ms: number;
}

/** The line-per-department summary printed after a build. */
export function buildSummary(
  model: SiteModel,
  timings: readonly StageTiming[],
  totalMs: number,
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
    `  ${timings.map((t) => `${t.stage} ${(t.ms / 1000).toFixed(2)} s`).join(', ')}`,
  ].join('\n');
}
