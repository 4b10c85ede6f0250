export type { BuildOptions, BuildResult } from './result.ts';

import path from 'node:path';
import type { RenderSelection } from '../eleventy/eleventy-for.ts';
import { finishSite } from './finish-site.ts';
import { BuildCache, type PreviousBuild } from './incremental/build-cache.ts';
import type { RenderPlan } from './incremental/plan.ts';
import type { BuildOptions, BuildResult } from './result.ts';
import { SiteBuild } from './site-build.ts';
import { SiteOutput } from './site-output.ts';

/**
 * The production build: load and validate, render with Eleventy, then the later stages, all into
 * staging folders that replace `_site/` and `_deploy/` only when every stage has succeeded.
 */
export async function buildSite(
  options: BuildOptions,
  loaded?: SiteBuild,
  previous?: PreviousBuild,
): Promise<BuildResult> {
  const build = loaded ?? (await SiteBuild.load(options.root, options));
  if (!(build instanceof SiteBuild)) return build;
  const output = siteOutputOf(build.root, options);
  const cache = new BuildCache(build, output, options.drafts ?? false, previous);
  try {
    const staged = output.site.staging;
    await build.timer.run('cache taken', () => cache.takeCachedSite());
    await build.files(staged);
    await build.assets(staged);
    // Pagefind indexes in its own process while Eleventy renders: two cores busy.
    output.startSearch();
    const plan = await build.timer.run('incremental plan', () => cache.plan());
    // Pagefind takes the pages once every page's Markdown is rendered, and writes the indexes on
    // the other core while the layouts render here.
    const pages = await build.render(
      staged,
      selectionOf(plan, build),
      (rendered) => output.indexForSearch(cache.searchIndexes(rendered.searchDocuments)),
      (file) => cache.released(file),
    );
    const pageLinks = await build.timer.run('copied from cache', () => cache.reuse(pages));
    return await finishSite(build, output, pageLinks, cache);
  } catch (cause) {
    await output.discard(() => cache.failed());
    throw cause;
  }
}

/** What Eleventy renders: the whole site, unless the cache has some of it. */
function selectionOf(plan: RenderPlan, build: SiteBuild): RenderSelection | undefined {
  if (!plan.reused.size && plan.generated) return undefined;
  const pages = new Set(plan.render.keys());
  return {
    departments: new Set(
      build.model.pages.filter((p) => pages.has(p.file)).map((p) => p.department),
    ),
    generated: plan.generated,
    pages,
  };
}

/** The staged `_site/` and `_deploy/` of a build, where the options put them. */
export function siteOutputOf(
  root: string,
  options: Pick<BuildOptions, 'siteDir' | 'deployDir' | 'pagesPerSearchPart'>,
): SiteOutput {
  return new SiteOutput(
    options.siteDir ?? path.join(root, '_site'),
    options.deployDir ?? path.join(root, '_deploy'),
    options.pagesPerSearchPart,
  );
}
