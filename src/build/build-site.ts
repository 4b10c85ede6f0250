import path from 'node:path';
import type { SiteModel } from '../content/index.ts';
import type { Diagnostic } from '../report/diagnostic.ts';
import { finishSite } from './finish-site.ts';
import { SiteBuild } from './site-build.ts';
import { SiteOutput } from './site-output.ts';
import type { StageTiming } from './summary.ts';

export interface BuildOptions {
  /** The folder holding `content/` and `migrations-map/`. */
  root: string;
  /** Where the public site goes; `<root>/_site` by default. */
  siteDir?: string;
  /** Where server configuration goes; `<root>/_deploy` by default. */
  deployDir?: string;
  /** `npm start` builds drafts too. */
  drafts?: boolean;
  /** `--fresh`: nothing is taken from `.build-cache/`. */
  fresh?: boolean;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  timings: StageTiming[];
  /** Wall time of the whole build. */
  totalMs: number;
  model?: SiteModel;
}

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
