import { mkdir, writeFile as write } from 'node:fs/promises';
import path from 'node:path';
import { buildAssets } from '../assets/index.ts';
import { pagesApiJson } from '../check/pages-api.ts';
import { styleSettingsOfFile, withStyleSettings } from '../check/style/settings.ts';
import { unusedFiles } from '../content/assets.ts';
import type { SiteModel } from '../content/index.ts';
import { eleventyFor } from '../eleventy/eleventy-for.ts';
import { SiteState } from '../eleventy/site-state.ts';
import { IMAGE_CACHE, type PublishedFile, publishFiles, unpublishFile } from '../files/index.ts';
import { migrationInputsFor } from '../migrations/content-inputs.ts';
import { loadMigrations, writeMigrationOutputs } from '../migrations/index.ts';
import { writeSecurityHeaders } from '../quality/security-headers.ts';
import { checkMarkdown } from '../render/markdown/check-pages.ts';
import { createMarkdown } from '../render/markdown/index.ts';
import { links } from '../report/catalogue/index.ts';
import { type Diagnostic, hasErrors, sortDiagnostics } from '../report/diagnostic.ts';
import { SearchIndex } from '../search/build-index.ts';
import { checkBuiltLinks } from './link-stage.ts';
import { RenderedPages } from './rendered-pages.ts';
import { StagedOutput } from './staging.ts';
import type { StageTiming } from './summary.ts';
import { StageTimer } from './timer.ts';

export interface BuildOptions {
  /** The folder holding `content/` and `migrations-map/`. */
  root: string;
  /** Where the public site goes; `<root>/_site` by default. */
  siteDir?: string;
  /** Where server configuration goes; `<root>/_deploy` by default. */
  deployDir?: string;
  /** `npm start` builds drafts too. */
  drafts?: boolean;
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
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const root = path.resolve(options.root);
  const timer = new StageTimer();
  const state = new SiteState(root, createMarkdown());
  // Markdown is checked as it renders: each page is parsed once.
  const loaded = await timer.run('load and validate', () =>
    state.load(options.drafts ?? false, false),
  );
  const migrationInputs = migrationInputsFor(root, loaded.model);
  const loadMappings = () => timer.run('migrations', () => loadMigrations(migrationInputs));
  const diagnostics = [...loaded.diagnostics];
  if (hasErrors(diagnostics)) {
    // Nothing renders, but every file and page's Markdown is still checked and the migrations map
    // loaded: content designers and migration teams see all their problems in this one run.
    const files = await publishFiles(root, loaded.model.assets);
    state.useFiles(files.files);
    diagnostics.push(...files.diagnostics);
    diagnostics.push(
      ...withStyleSettings(
        checkMarkdown(loaded.model, state.md, loaded.model.pages, undefined, state.linkTargets),
        styleSettingsOfFile(loaded.model),
      ),
    );
    diagnostics.push(...(await loadMappings()).diagnostics);
    return {
      ok: false,
      diagnostics: sortDiagnostics(diagnostics),
      timings: timer.timings,
      totalMs: timer.totalMs,
    };
  }

  const siteDir = options.siteDir ?? path.join(root, '_site');
  const deployDir = options.deployDir ?? path.join(root, '_deploy');
  const site = new StagedOutput(siteDir);
  const deploy = new StagedOutput(deployDir);
  let search: SearchIndex | undefined;
  let written: ReturnType<SearchIndex['write']> | undefined;
  // Pagefind is done with the staging folder before it is removed.
  const stopSearch = async () => {
    await Promise.allSettled([written]);
    await search?.close();
  };
  const failed = async (): Promise<BuildResult> => {
    await stopSearch();
    await Promise.all([site.discard(), deploy.discard()]);
    return {
      ok: false,
      diagnostics: sortDiagnostics(diagnostics),
      timings: timer.timings,
      totalMs: timer.totalMs,
      model: loaded.model,
    };
  };
  try {
    const files = await timer.run('files', () =>
      publishFiles(root, loaded.model.assets, {
        outDir: site.staging,
        cacheDir: path.join(root, IMAGE_CACHE),
        cacheUsed: new Set(),
      }),
    );
    state.useFiles(files.files);
    diagnostics.push(...files.diagnostics);
    state.assets = await timer.run('assets', () => buildAssets(loaded.model, site.staging));
    // Pagefind indexes in its own process while Eleventy renders: two cores busy.
    search = SearchIndex.start();
    const pages = new RenderedPages(site.staging, loaded.model);
    state.markdownRendered = (page, bodyHtml, headings) =>
      pages.markdownRendered(page, bodyHtml, headings, state.strings);
    state.fileWritten = (outputPath, content) => pages.written(outputPath, content);
    const rendered = timer.run('render', () => renderWithEleventy(site.staging, state));
    // Once every page's Markdown is rendered, Pagefind takes the pages and writes the index
    // on the other core while the layouts render here.
    written = Promise.race([pages.allMarkdownRendered, rendered]).then(() => {
      search!.addAll(pages.searchDocuments);
      return search!.write(site.staging);
    });
    written.catch(() => {}); // Awaited below; a failure meanwhile is not an unhandled one.
    await rendered;
    const migrations = await loadMappings();
    // A file no published page uses is not published: it may be a draft's, not yet for readers.
    const unused = state.unusedFiles();
    for (const file of unused) unpublishFile(site.staging, state.files!.get(file)!);
    diagnostics.push(
      ...withStyleSettings(state.renderDiagnostics, styleSettingsOfFile(loaded.model)),
      ...migrations.diagnostics,
      ...unusedFiles(unused, new Set()),
    );
    // The later stages run on a site with errors too, so their problems show in the same run; the
    // staged site is then discarded. Only a migrations map with errors is not written.
    if (!hasErrors(migrations.diagnostics))
      await timer.run('migrations output', () =>
        writeMigrationOutputs(migrations.model, migrationInputs, {
          siteDir: site.staging,
          deployDir: deploy.staging,
          // The nginx config names its own folder as it will be once published, not while staged.
          serverDir: path.join(path.resolve(deployDir), 'nginx'),
          site: loaded.model.config,
          assets: state.assets,
        }),
      );
    await writeFile(
      path.join(site.staging, 'api/pages.json'),
      pagesApiJson(loaded.model, filesByPage(state)),
    );
    const builtLinks = await timer.run('link check', () =>
      checkBuiltLinks(site.staging, state, deploy.staging, pages.links),
    );
    diagnostics.push(...withoutRepeats(builtLinks, diagnostics));
    timer.timings.push(...(await written).timings);
    await writeSecurityHeaders({
      siteDir: site.staging,
      deployDir: deploy.staging,
      serverSiteDir: path.resolve(siteDir),
      serverDeployDir: path.resolve(deployDir),
      siteUrl: loaded.model.config.url,
      scriptHashes: state.assets?.scriptHashes,
    });
    if (hasErrors(diagnostics)) return await failed();
    await site.publish();
    await deploy.publish();
    return {
      ok: true,
      diagnostics: sortDiagnostics(diagnostics),
      timings: timer.timings,
      totalMs: timer.totalMs,
      model: loaded.model,
    };
  } catch (cause) {
    await stopSearch();
    await Promise.all([site.discard(), deploy.discard()]);
    throw cause;
  }
}

/** Each page's files as the pages API lists them. */
function filesByPage(state: SiteState): Map<string, PublishedFile[]> {
  return new Map(
    [...state.usedFiles].map(([page, used]) => [
      page,
      [...used].flatMap((file) => state.files?.get(file) ?? []),
    ]),
  );
}

/** Errors of the Markdown check that the built site's link check finds again, as a missing target. */
const SAME_LINK_ERRORS = new Set<string>(
  [links.LINK_BROKEN, links.LINK_RELATIVE, links.FILE_MISSING].map((entry) => entry.code),
);

/** A broken link the Markdown check reported already is not reported again by the built site's. */
function withoutRepeats(builtLinks: Diagnostic[], reported: readonly Diagnostic[]): Diagnostic[] {
  const at = new Set(
    reported
      .filter((d) => d.severity === 'error' && SAME_LINK_ERRORS.has(d.code))
      .map((d) => `${d.file}:${d.line}`),
  );
  return builtLinks.filter((d) => !at.has(`${d.file}:${d.line}`));
}

async function renderWithEleventy(outputDir: string, state: SiteState) {
  await eleventyFor({ state, outputDir }).write();
}

async function writeFile(file: string, text: string) {
  await mkdir(path.dirname(file), { recursive: true });
  await write(file, text);
}
