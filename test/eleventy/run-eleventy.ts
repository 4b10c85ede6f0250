import path from 'node:path';
import { type EleventyRun, eleventyFor } from '../../src/eleventy/eleventy-for.ts';
import { SiteState } from '../../src/eleventy/site-state.ts';
import { createMarkdown } from '../../src/render/markdown/index.ts';
import { tmpDir } from '../site/helpers.ts';

/**
 * One real Eleventy build of a site, as the preview runs it (the model, files and assets loaded
 * by the plugin), with `configure` added after the plugin to watch what Eleventy does.
 */
export async function runEleventy(
  root: string,
  configure: NonNullable<EleventyRun['configure']>,
): Promise<string> {
  const outputDir = path.join(tmpDir('eleventy-run-'), '_site');
  const state = new SiteState(root, createMarkdown());
  await eleventyFor({ state, outputDir, preview: true, configure }).write();
  return outputDir;
}
