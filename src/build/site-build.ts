import fs from 'node:fs';
import path from 'node:path';
import { buildAssets } from '../assets/index.ts';
import { styleSettingsOfFile, withStyleSettings } from '../check/style/settings.ts';
import type { LoadedSite } from '../content/index.ts';
import { eleventyFor, type RenderSelection } from '../eleventy/eleventy-for.ts';
import { SiteState } from '../eleventy/site-state.ts';
import { BUILD_CACHE, IMAGE_CACHE, publishFiles } from '../files/index.ts';
import { migrationInputsFor } from '../migrations/content-inputs.ts';
import { loadMigrations } from '../migrations/index.ts';
import { checkMarkdown } from '../render/markdown/check-pages.ts';
import { createMarkdown } from '../render/markdown/index.ts';
import { type Diagnostic, hasErrors, sortDiagnostics } from '../report/diagnostic.ts';
import type { RenderCounts } from './incremental/plan.ts';
import { RenderedPages } from './rendered-pages.ts';
import type { BuildResult } from './result.ts';
import { StageTimer } from './timer.ts';

/**
 * One production build of a site, whole or in part (a shard, a merge): its loaded model, its
 * problems so far and its timings, and the stages each kind of build runs in its own order.
 */
export class SiteBuild {
  readonly diagnostics: Diagnostic[] = [];
  readonly state: SiteState;
  readonly migrationInputs;
  /** What an incremental build rendered, once it knows. */
  rendered?: RenderCounts;

  private constructor(
    readonly root: string,
    readonly loaded: LoadedSite,
    state: SiteState,
    readonly timer: StageTimer,
  ) {
    this.state = state;
    this.diagnostics.push(...loaded.diagnostics);
    this.migrationInputs = migrationInputsFor(root, loaded.model);
  }

  /**
   * Loads and validates the whole site, the model every kind of build renders against. With
   * errors nothing renders, but every file and page's Markdown is still checked and the
   * migrations map loaded: content designers and migration teams see all their problems in this
   * one run, which is the build's result.
   */
  static async load(
    root: string,
    { drafts = false, fresh = false }: { drafts?: boolean; fresh?: boolean } = {},
  ): Promise<SiteBuild | BuildResult> {
    // A fresh build makes every cached copy again, and keeps those for the next build.
    if (fresh) fs.rmSync(path.join(root, BUILD_CACHE), { recursive: true, force: true });
    const state = new SiteState(path.resolve(root), createMarkdown());
    const timer = new StageTimer();
    // Markdown is checked as it renders: each page is parsed once.
    const loaded = await timer.run('load and validate', () => state.load(drafts, false));
    const build = new SiteBuild(state.root, loaded, state, timer);
    if (!hasErrors(build.diagnostics)) return build;
    await build.files();
    const { model } = loaded;
    build.diagnostics.push(
      ...withStyleSettings(
        checkMarkdown(model, state.md, model.pages, undefined, state.linkTargets),
        styleSettingsOfFile(model),
      ),
      ...(await build.loadMigrations()).diagnostics,
    );
    return build.result(false);
  }

  get model() {
    return this.loaded.model;
  }

  /**
   * The files beside the pages: published into `outDir`, resized images kept in the cache, or,
   * without it, only read, so links to them resolve to the URLs they will have.
   */
  async files(outDir?: string): Promise<void> {
    const options = outDir
      ? { outDir, cacheDir: path.join(this.root, IMAGE_CACHE), cacheUsed: new Set<string>() }
      : {};
    const files = await this.timer.run('files', () =>
      publishFiles(this.root, this.model.assets, options),
    );
    this.state.useFiles(files.files);
    this.diagnostics.push(...files.diagnostics);
  }

  async assets(outDir: string): Promise<void> {
    this.state.assets = await this.timer.run('assets', () => buildAssets(this.model, outDir));
  }

  /**
   * Renders the site, or the part `only` selects, into `outDir` with Eleventy. `markdownDone` is
   * called once every page's Markdown is rendered, while the layouts are still rendering;
   * `writing` with each file's path in `outDir` just before Eleventy writes it.
   */
  async render(
    outDir: string,
    only?: RenderSelection,
    markdownDone?: (pages: RenderedPages) => void,
    writing?: (file: string) => void,
  ): Promise<RenderedPages> {
    const rendering = only
      ? this.model.pages.filter(
          (page) => only.departments.has(page.department) && (only.pages?.has(page.file) ?? true),
        )
      : this.model.pages;
    const pages = new RenderedPages(outDir, this.model, rendering.length);
    const { state } = this;
    state.markdownRendered = (page, bodyHtml, headings) =>
      pages.markdownRendered(page, bodyHtml, headings, state.strings);
    state.fileWritten = (outputPath, content) => {
      const file = pages.written(outputPath, content);
      writing?.(file);
    };
    const rendered = this.timer.run('render', () =>
      eleventyFor({ state, outputDir: outDir, ...(only ? { only } : {}) }).write(),
    );
    const handedOn =
      markdownDone &&
      Promise.race([pages.allMarkdownRendered, rendered]).then(() => markdownDone(pages));
    // A failed render is the error to report; one of handing the pages on comes after it.
    handedOn?.catch(() => {});
    await rendered;
    await handedOn;
    pages.diagnostics.push(
      ...withStyleSettings(state.renderDiagnostics, styleSettingsOfFile(this.model)),
    );
    this.diagnostics.push(...pages.diagnostics);
    return pages;
  }

  loadMigrations() {
    return this.timer.run('migrations', () => loadMigrations(this.migrationInputs));
  }

  result(ok: boolean): BuildResult {
    return {
      ok,
      diagnostics: sortDiagnostics(this.diagnostics),
      timings: this.timer.timings,
      totalMs: this.timer.totalMs,
      model: this.model,
      ...(this.rendered ? { rendered: this.rendered } : {}),
    };
  }
}
