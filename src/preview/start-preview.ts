import path from 'node:path';
import { eleventyFor } from '../eleventy/eleventy-for.ts';
import { SiteState } from '../eleventy/site-state.ts';
import { createMarkdown } from '../render/markdown/index.ts';
import { writePreviewMigrations } from './migrations.ts';
import { PreviewSearch } from './search.ts';

/** The preview's own output folder: never `_site/`, which the build deploys. */
export const PREVIEW_DIR = '_preview';

export interface Preview {
  /** Stops the watcher, the server and Pagefind. */
  stop(): Promise<void>;
}

/**
 * The site as citizens will get it, with drafts marked, rebuilt on every save: Eleventy's watch
 * and incremental rebuilds with the build's plugin, then after each build the search index and
 * the migrations map's pages, by the build's own stages.
 */
export async function startPreview(options: { root: string; port: number }): Promise<Preview> {
  const outputDir = path.join(options.root, PREVIEW_DIR);
  const state = new SiteState(options.root, createMarkdown());
  const search = new PreviewSearch();
  state.markdownRendered = (page, bodyHtml, headings) =>
    search.markdownRendered(page, state.model, bodyHtml, headings, state.strings);
  const eleventy = eleventyFor({
    state,
    outputDir,
    runMode: 'serve',
    preview: true,
    configure(eleventyConfig) {
      eleventyConfig.addWatchTarget(path.join(options.root, 'migrations-map/**'));
      // Eleventy reloads the browser once these are written. A failure is printed, and the
      // preview keeps going, as it does with invalid pages.
      eleventyConfig.on('eleventy.after', () =>
        Promise.all([
          search.write(outputDir, state.model),
          writePreviewMigrations(state, outputDir),
        ]).catch((cause) => console.error(`The preview could not finish this build: ${cause}`)),
      );
    },
  });
  await eleventy.init();
  eleventy.setIncrementalBuild(true);
  await eleventy.watch();
  await eleventy.serve(options.port);
  return {
    async stop() {
      await eleventy.stopWatch();
      await search.close();
    },
  };
}
