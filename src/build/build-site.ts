export type { BuildOptions, BuildResult } from './result.ts';

import path from 'node:path';
import { finishSite } from './finish-site.ts';
import type { BuildOptions, BuildResult } from './result.ts';
import { SiteBuild } from './site-build.ts';
import { SiteOutput } from './site-output.ts';

/**
 * The production build: load and validate, render with Eleventy, then the later stages, all into
 * staging folders that replace `_site/` and `_deploy/` only when every stage has succeeded.
 */
export async function buildSite(options: BuildOptions, loaded?: SiteBuild): Promise<BuildResult> {
  const build = loaded ?? (await SiteBuild.load(options.root, options));
  if (!(build instanceof SiteBuild)) return build;
  const output = siteOutputOf(build.root, options);
  try {
    await build.files(output.site.staging);
    await build.assets(output.site.staging);
    // Pagefind indexes in its own process while Eleventy renders: two cores busy. It takes the
    // pages once every page's Markdown is rendered, and writes the index on the other core while
    // the layouts render here.
    output.startSearch();
    const pages = await build.render(output.site.staging, undefined, (rendered) =>
      output.indexForSearch(rendered.searchDocuments),
    );
    return await finishSite(build, output, pages.links);
  } catch (cause) {
    await output.discard();
    throw cause;
  }
}

/** The staged `_site/` and `_deploy/` of a build, where the options put them. */
export function siteOutputOf(
  root: string,
  options: Pick<BuildOptions, 'siteDir' | 'deployDir'>,
): SiteOutput {
  return new SiteOutput(
    options.siteDir ?? path.join(root, '_site'),
    options.deployDir ?? path.join(root, '_deploy'),
  );
}
