/** What `npm run check` runs on its second thread: loading and checking shares of the pages, and
 * the migrations map. */
import type { LinkTargetData } from '../render/markdown/link-targets.ts';
import { checkPages, type PageToCheck } from './page-checks.ts';

export { loadPages } from '../content/site-model.ts';
export { loadMigrations } from '../migrations/index.ts';

let linkTargets: LinkTargetData | undefined;

/** Sent once rather than with every batch of pages: it holds every URL of the site. */
export function useLinkTargets(targets: LinkTargetData): void {
  linkTargets = targets;
}

export function checkPageBatch(pages: readonly PageToCheck[]): ReturnType<typeof checkPages> {
  if (!linkTargets) throw new Error('useLinkTargets must be called before checkPageBatch.');
  return checkPages(pages, linkTargets);
}
