import type { LinkTargets } from '../../render/markdown/index.ts';
import { sameAnswers } from '../../render/markdown/link-queries.ts';
import type { RenderKeys } from './keys.ts';
import type { CachedPage, RenderCacheFile } from './render-cache.ts';

/** Why a page renders again rather than being copied from the cache. */
export type RenderReason = 'no cache' | 'site changed' | 'new' | 'changed' | 'links changed';

export interface RenderPlan {
  /** The pages that render, by file, each with its reason. */
  render: Map<string, RenderReason>;
  /** The pages copied from the cache, by file. */
  reused: Map<string, CachedPage>;
  /** Whether the generated pages render; otherwise they are copied. */
  generated: boolean;
  /** Cached outputs of pages no longer in the site (deleted, or moved to another URL). */
  removed: string[];
}

/**
 * Which pages an incremental build renders (docs/incremental.md): all of them when the site as a
 * whole changed; otherwise a page whose own inputs changed, or one of whose links now resolves
 * differently (a page it links to moved, appeared or went). The generated pages render when any
 * page's front matter changed, or a page came or went.
 */
export function planRender(
  cache: RenderCacheFile | undefined,
  keys: RenderKeys,
  targets: LinkTargets | undefined,
): RenderPlan {
  const render = new Map<string, RenderReason>();
  const reused = new Map<string, CachedPage>();
  const usable = cache?.site === keys.site ? cache : undefined;
  for (const [file, key] of keys.pages) {
    const cached = usable?.pages[file];
    const reason: RenderReason | undefined = !cache
      ? 'no cache'
      : !usable
        ? 'site changed'
        : !cached
          ? 'new'
          : cached.key !== key
            ? 'changed'
            : targets && !sameAnswers(cached.linkQueries, targets)
              ? 'links changed'
              : undefined;
    if (reason) render.set(file, reason);
    else reused.set(file, cached!);
  }
  const outputs = new Set([...reused.values()].map((page) => page.output));
  const removed = Object.values(cache?.pages ?? {})
    .map((page) => page.output)
    .filter((output) => !outputs.has(output));
  return {
    render,
    reused,
    generated: usable?.generated?.key !== keys.generated,
    removed,
  };
}

/** What an incremental build rendered and took from the cache, as the build's summary gives it. */
export interface RenderCounts {
  rendered: number;
  reused: number;
  /** Whether the generated pages rendered. */
  generated: boolean;
  /** How many pages rendered for each reason. */
  reasons: Partial<Record<RenderReason, number>>;
  /** The parts of the search built again, of all its parts. */
  search?: { built: number; parts: number };
}

export function renderCounts(plan: RenderPlan): RenderCounts {
  const reasons: Partial<Record<RenderReason, number>> = {};
  for (const reason of plan.render.values()) reasons[reason] = (reasons[reason] ?? 0) + 1;
  return {
    rendered: plan.render.size,
    reused: plan.reused.size,
    generated: plan.generated,
    reasons,
  };
}
