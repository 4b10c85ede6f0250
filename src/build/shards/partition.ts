import type { Page } from '../../content/index.ts';

/** One shard of N: `index` counts from 1, as `--shard 2/3` does. */
export interface ShardOf {
  index: number;
  count: number;
}

/**
 * What a page costs to render, in bytes of Markdown: Eleventy's fixed work per page (its data
 * cascade, layouts, the page frame) weighs about as much as rendering this much Markdown.
 */
const PAGE_COST_BYTES = 4000;

/**
 * Splits the site's departments into `count` shards of about equal work, whole departments each,
 * so a department's pages, feeds and listings are one shard's. The heaviest department goes first
 * to the lightest shard (ties to the lower shard, departments by slug): the same site always splits
 * the same way, so shards built on separate machines agree on who renders what.
 */
export function partitionDepartments(
  departments: Iterable<string>,
  pages: readonly Pick<Page, 'department' | 'body'>[],
  count: number,
): string[][] {
  const weight = new Map<string, number>();
  for (const department of departments) weight.set(department, 0);
  for (const page of pages)
    weight.set(
      page.department,
      (weight.get(page.department) ?? 0) + PAGE_COST_BYTES + page.body.length,
    );
  const heaviestFirst = [...weight].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const shards = Array.from({ length: count }, () => ({ weight: 0, departments: [] as string[] }));
  for (const [department, w] of heaviestFirst) {
    const lightest = shards.reduce((best, shard) => (shard.weight < best.weight ? shard : best));
    lightest.departments.push(department);
    lightest.weight += w;
  }
  return shards.map((shard) => shard.departments.sort());
}

/** The departments shard `index` of `count` renders. */
export function departmentsOf(
  shard: ShardOf,
  departments: Iterable<string>,
  pages: readonly Pick<Page, 'department' | 'body'>[],
): Set<string> {
  return new Set(partitionDepartments(departments, pages, shard.count)[shard.index - 1]);
}
