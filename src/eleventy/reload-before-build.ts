import path from 'node:path';
import { buildAssets } from '../assets/index.ts';
import { IMAGE_CACHE, publishFiles } from '../files/index.ts';
import { formatForTerminal } from '../report/terminal.ts';
import type { SiteState } from './site-state.ts';

/**
 * The preview's first stages, before each of Eleventy's builds: the site model is loaded again
 * with drafts (so an edit to a department or topic reaches every page that lists it), the files
 * beside the pages are published, and the assets are built again only when they changed. The
 * preview keeps going with the pages that are valid and prints the problems.
 */
export function reloadBeforeEachBuild(eleventyConfig: any, state: SiteState): void {
  eleventyConfig.on(
    'eleventy.before',
    async ({ directories }: { directories: { output: string } }) => {
      const loaded = state.load(true);
      const files = await publishFiles(state.root, loaded.model.assets, {
        outDir: directories.output,
        cacheDir: path.join(state.root, IMAGE_CACHE),
      });
      state.useFiles(files.files);
      const diagnostics = [...loaded.diagnostics, ...files.diagnostics];
      if (diagnostics.length) console.log(formatForTerminal(diagnostics, process.stdout.isTTY));
      state.assets = buildAssets(loaded.model, directories.output, state.assets);
    },
  );
}
