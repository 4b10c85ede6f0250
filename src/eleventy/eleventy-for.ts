import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { COMPILED_DIR_VARIABLE, COMPILED_ELEVENTY_CONFIG } from '../parallel/compiled-paths.mjs';
import { sitePathPrefix } from './path-prefix.ts';
import { govukPublishing } from './plugin.ts';
import { forgetEarlierBuilds } from './process-caches.ts';
import type { SiteState } from './site-state.ts';
import { indexTemplateLookups } from './template-lookups.ts';

const productRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface EleventyRun {
  /** The site being built: its root, and the model the build has loaded (the preview's is reloaded). */
  state: SiteState;
  outputDir: string;
  /** `serve` for the preview, which then watches and serves; `build` writes once. */
  runMode?: 'build' | 'serve';
  /** Reload the model, files and assets before each build, showing drafts (the preview). */
  preview?: boolean;
  /** More settings after the plugin's, e.g. the preview's stages after each build. */
  configure?: (eleventyConfig: any) => void;
  /** Renders part of the site (a shard, a merge); the whole site without it. */
  only?: RenderSelection;
}

/** Part of a site: a shard's departments without the generated pages, or a merge's generated pages alone. */
export interface RenderSelection {
  /** The departments whose pages render; Eleventy does not read the others' files. */
  departments: ReadonlySet<string>;
  /** Home, department, topic, search and the other pages made from the model. */
  generated: boolean;
  /** Of those departments' pages, only these files (an incremental build); all without it. */
  pages?: ReadonlySet<string>;
}

/**
 * An Eleventy for one site, given everything through its programmatic API: the static settings
 * in the product's `.eleventy.ts`, the rest in its config callback, which closes over this
 * site's state. Two sites built in one process (tests) never see each other's state.
 */
export function eleventyFor(run: EleventyRun): Eleventy {
  // The two reaches into Eleventy's internals, each held by a test on a real build.
  indexTemplateLookups();
  forgetEarlierBuilds();
  const content = path.join(run.state.root, 'content');
  const input = path.relative(process.cwd(), content) || '.';
  // A site below a domain's root, e.g. https://example.github.io/gov/: see ./path-prefix.ts.
  const pathPrefix = sitePathPrefix(run.state.root, run.state);
  return new Eleventy(input, run.outputDir, {
    configPath: eleventyConfigPath(),
    quietMode: true,
    runMode: run.runMode ?? 'build',
    pathPrefix,
    config(eleventyConfig: any) {
      // Layouts belong to the product, content to the site being built.
      const layouts = path.relative(content, path.join(productRoot, 'layouts'));
      eleventyConfig.setIncludesDirectory(layouts);
      eleventyConfig.setLayoutsDirectory(layouts);
      // As plugins, they run after Eleventy's own defaults, as a config file's function would:
      // the build reads each page after Eleventy's path-prefix rewriting (see the plugin).
      eleventyConfig.addPlugin(govukPublishing, {
        state: run.state,
        pathPrefix,
        preview: run.preview,
        generated: run.only?.generated ?? true,
      });
      if (run.only) ignoreUnselected(eleventyConfig, run.state, input, run.only);
      if (run.configure) eleventyConfig.addPlugin(run.configure);
    },
  });
}

/**
 * Eleventy does not read the files of a department left out, nor, with `pages`, the other files
 * of a department that has some: one ignore a department, and one a file only where needed.
 */
function ignoreUnselected(
  eleventyConfig: any,
  state: SiteState,
  input: string,
  only: RenderSelection,
) {
  for (const department of state.model.departments.keys()) {
    if (!only.departments.has(department))
      eleventyConfig.ignores.add(path.join(input, department, '**'));
  }
  if (!only.pages) return;
  for (const page of state.model.pages) {
    if (only.departments.has(page.department) && !only.pages.has(page.file))
      eleventyConfig.ignores.add(path.relative(process.cwd(), path.join(state.root, page.file)));
  }
}

/** `.eleventy.ts`, or its JavaScript when the build runs from a bundle (src/cli/compiled.mjs). */
function eleventyConfigPath(): string {
  const compiled = process.env[COMPILED_DIR_VARIABLE];
  const config = compiled && path.join(compiled, COMPILED_ELEVENTY_CONFIG);
  return config && fs.existsSync(config) ? config : path.join(productRoot, '.eleventy.ts');
}
