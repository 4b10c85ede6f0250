import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pagesApiJson } from '../check/pages-api.ts';
import { unusedFiles } from '../content/assets.ts';
import type { SiteState } from '../eleventy/site-state.ts';
import { type PublishedFile, unpublishFile } from '../files/index.ts';
import type { PageLinks } from '../links/extract.ts';
import { writeMigrationOutputs } from '../migrations/index.ts';
import { writeSecurityHeaders } from '../quality/security-headers.ts';
import { links } from '../report/catalogue/index.ts';
import { type Diagnostic, hasErrors } from '../report/diagnostic.ts';
import { checkBuiltLinks } from './link-stage.ts';
import type { BuildResult } from './result.ts';
import type { SiteBuild } from './site-build.ts';
import type { SiteOutput } from './site-output.ts';

/**
 * The stages after the site's pages are rendered, the same for a whole build and a merge of
 * shards: the migrations, the pages API, the link check over every page, the security headers,
 * and then, if nothing has an error, the swap that publishes the staged site.
 */
export async function finishSite(
  build: SiteBuild,
  output: SiteOutput,
  pageLinks: ReadonlyMap<string, PageLinks>,
  cache?: FinishCache,
): Promise<BuildResult> {
  const { state, timer, diagnostics } = build;
  const staged = output.site.staging;
  const migrations = await (cache?.migrations(() => writeMigrations(build, output)) ??
    writeMigrations(build, output));
  // A file no published page uses is not published: it may be a draft's, not yet for readers.
  const unused = state.unusedFiles();
  for (const file of unused) unpublishFile(staged, state.files!.get(file)!);
  diagnostics.push(...migrations.diagnostics, ...unusedFiles(unused, new Set()));
  const pagesApi = path.join(staged, 'api/pages.json');
  await mkdir(path.dirname(pagesApi), { recursive: true });
  await writeFile(pagesApi, pagesApiJson(build.model, filesByPage(state)));
  const builtLinks = await timer.run('link check', () =>
    checkBuiltLinks(staged, state, output.deploy.staging, pageLinks),
  );
  diagnostics.push(...withoutRepeats(builtLinks, diagnostics));
  timer.timings.push(...(await output.searchWritten()));
  await writeSecurityHeaders({
    siteDir: staged,
    deployDir: output.deploy.staging,
    serverSiteDir: path.resolve(output.siteDir),
    serverDeployDir: path.resolve(output.deployDir),
    siteUrl: build.model.config.url,
    scriptHashes: state.assets?.scriptHashes,
  });
  if (hasErrors(diagnostics)) {
    await output.discard(() => cache?.failed());
    return build.result(false);
  }
  await timer.run('publish', () => output.publish());
  if (cache) await timer.run('cache written', () => cache.published(migrations));
  return build.result(true);
}

/** What an incremental build's cache does at the end of the build (./incremental/). */
export interface FinishCache {
  /** The migrations' outputs in the staged folders, from the cache or from `write`. */
  migrations(write: () => Promise<MigrationsWritten>): Promise<MigrationsWritten>;
  /** Takes the published build's outputs into the cache. */
  published(migrations: MigrationsWritten): void;
  /** The build failed: the cache keeps what it still can of the previous build's. */
  failed(): void;
}

/** The migrations' problems, and their files in the site and deploy folders. */
export interface MigrationsWritten {
  diagnostics: Diagnostic[];
  site: string[];
  deploy: string[];
  /** Copied from the previous build's cache, not written again. */
  fromCache?: boolean;
}

/**
 * Loads the migrations and writes their outputs. The later stages run on a site with errors too,
 * so their problems show in the same run (the staged site is then discarded); only a migrations
 * map with errors is not written.
 */
async function writeMigrations(build: SiteBuild, output: SiteOutput): Promise<MigrationsWritten> {
  const migrations = await build.loadMigrations();
  const written = {
    diagnostics: migrations.diagnostics,
    site: [] as string[],
    deploy: [] as string[],
  };
  if (hasErrors(migrations.diagnostics)) return written;
  const files = await build.timer.run('migrations output', () =>
    writeMigrationOutputs(migrations.model, build.migrationInputs, {
      siteDir: output.site.staging,
      deployDir: output.deploy.staging,
      // The nginx config names its own folder as it will be once published, not while staged.
      serverDir: output.serverDir,
      site: build.model.config,
      assets: build.state.assets,
    }),
  );
  for (const file of files) {
    const inSite = path.relative(output.site.staging, file);
    if (inSite.startsWith('..'))
      written.deploy.push(toSlashes(path.relative(output.deploy.staging, file)));
    else written.site.push(toSlashes(inSite));
  }
  return written;
}

const toSlashes = (file: string) => file.split(path.sep).join('/');

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
