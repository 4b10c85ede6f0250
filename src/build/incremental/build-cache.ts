import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { outputPathFor } from '../../content/urls.ts';
import type { PageLinks } from '../../links/extract.ts';
import { MAP_DIR } from '../../migrations/sites.ts';
import type { Diagnostic } from '../../report/diagnostic.ts';
import type { IndexParts } from '../../search/index-parts.ts';
import type { FinishCache, MigrationsWritten } from '../finish-site.ts';
import type { RenderedPages } from '../rendered-pages.ts';
import { hashFolder } from '../shards/content-digest.ts';
import type { SiteBuild } from '../site-build.ts';
import type { SiteOutput } from '../site-output.ts';
import { digestOf, productDigest, type RenderKeys, renderKeys, siteInputsKey } from './keys.ts';
import { planRender, type RenderPlan, renderCounts } from './plan.ts';
import {
  type CachedPage,
  pageLinksOf,
  type RenderCacheFile,
  type RenderCacheFolder,
  renderCacheFolder,
  storedLinks,
} from './render-cache.ts';
import { AdoptedCache, LinkedFromCache, type ReusedOutputs } from './reused-outputs.ts';
import { SearchCache } from './search-cache.ts';

/** What the build rendered: each output file, and of the HTML its links. */
export type RenderedOutputs = Pick<RenderedPages, 'links' | 'outputs'>;

/**
 * An incremental build's use of `.build-cache/render/`: which pages render again, the rest's
 * outputs and what the build knows of them taken from the cache, and, once the build is
 * published, the cache made the new build's. docs/incremental.md gives the rules.
 */
export class BuildCache implements FinishCache {
  readonly folder: RenderCacheFolder;
  readonly #previous: RenderCacheFile | undefined;
  readonly #product: string;
  #keys?: RenderKeys;
  #plan?: RenderPlan;
  #rendered?: RenderedOutputs;
  #migrationsKey?: string;
  readonly #search: SearchCache;
  #outputs: ReusedOutputs;

  constructor(
    private readonly build: SiteBuild,
    private readonly output: SiteOutput,
    private readonly drafts: boolean,
    previous = PreviousBuild.read(build.root),
  ) {
    this.folder = renderCacheFolder(build.root);
    this.#previous = previous.cache;
    this.#product = previous.product;
    this.#search = new SearchCache(this.folder, this.#previous, this.#product);
    this.#outputs = new LinkedFromCache(this.folder.site, output.site.staging);
  }

  /**
   * Takes the cache's copy of the previous build's site as the staged site, when the site
   * published is still that build's (./reused-outputs.ts): before anything is written into it.
   */
  takeCachedSite(): void {
    const previous = this.#previous;
    if (!previous?.publishedSite || !fs.existsSync(this.folder.site)) return;
    if (folderIdentity(this.output.siteDir) !== previous.publishedSite) return;
    const outputs = new Set([
      ...Object.values(previous.pages).map((page) => page.output),
      ...Object.keys(previous.generated?.outputs ?? {}),
      ...(previous.migrations?.site ?? []),
    ]);
    const parts = new Set(Object.keys(previous.search ?? {}));
    const adopted = AdoptedCache.adopt(
      this.folder.site,
      this.output.site.staging,
      (file) => outputs.has(file) || parts.has(partOf(file)),
    );
    if (adopted) this.#outputs = adopted;
  }

  /** Works out what renders, and gives the build what it knows of the pages that do not. */
  plan(): RenderPlan {
    const { state } = this.build;
    this.#keys = this.keys();
    const plan = this.withoutMissing(planRender(this.#previous, this.#keys, state.linkTargets));
    // What renders again is dropped from the staged site before anything writes its path.
    for (const [file, page] of Object.entries(this.#previous?.pages ?? {}))
      if (!plan.reused.has(file)) this.#outputs.drop(page.output);
    if (plan.generated)
      for (const file of Object.keys(this.#previous?.generated?.outputs ?? {}))
        this.#outputs.drop(file);
    for (const [file, page] of plan.reused) {
      state.renderedLinks.set(file, page.renderedLinks);
      state.usedFiles.set(file, new Set(page.usedFiles));
      state.renderDiagnostics.push(...page.diagnostics);
    }
    state.linkQueries = new Map();
    this.#plan = plan;
    this.build.rendered = renderCounts(plan);
    return plan;
  }

  /**
   * A merge of shards, which rendered every page: the cache it leaves is a whole build's, so
   * the next build renders only what changed since.
   */
  planMerge(): void {
    this.#keys = this.keys();
    this.build.state.linkQueries = new Map();
    this.#plan = {
      render: new Map(this.build.model.pages.map((page) => [page.file, 'no cache'])),
      reused: new Map(),
      generated: true,
      removed: Object.values(this.#previous?.pages ?? {}).map((page) => page.output),
    };
  }

  private keys(): RenderKeys {
    const { state, model } = this.build;
    return renderKeys({
      product: this.#product,
      model,
      strings: state.strings,
      assets: state.assets,
      files: state.files,
      drafts: this.drafts,
    });
  }

  /** A cached file removed by hand is made again, not a failed build. */
  private withoutMissing(plan: RenderPlan): RenderPlan {
    const has = (file: string) => this.#outputs.has(file);
    for (const [file, page] of plan.reused) {
      if (has(page.output) && this.#search.hasDocument(page)) continue;
      plan.reused.delete(file);
      plan.render.set(file, 'no cache');
    }
    const generated = Object.keys(this.#previous?.generated?.outputs ?? {});
    if (!generated.every(has)) plan.generated = true;
    return plan;
  }

  /** The parts of the search indexed again, with their pages' search documents (./search-cache.ts). */
  searchIndexes(rendered: ReadonlyMap<string, string>): IndexParts {
    const parts = this.#search.partsToIndex(
      this.#plan?.reused.values() ?? [],
      rendered,
      (languages) => this.output.searchParts(languages),
      this.#outputs,
    );
    if (this.build.rendered) this.build.rendered.search = this.#search.counts;
    return parts;
  }

  /** Puts the unrendered pages into the staged site, and gives every page's links. */
  reuse(rendered: RenderedOutputs): Map<string, PageLinks> {
    this.#rendered = rendered;
    const links = new Map(rendered.links);
    for (const page of this.#plan!.reused.values()) {
      this.#outputs.take(page.output);
      links.set(page.output, pageLinksOf(page.links));
    }
    const generated = this.#previous?.generated;
    if (!this.#plan!.generated && generated) {
      for (const [file, stored] of Object.entries(generated.outputs)) {
        this.#outputs.take(file);
        if (stored) links.set(file, pageLinksOf(stored));
      }
    }
    return links;
  }

  async migrations(write: () => Promise<MigrationsWritten>): Promise<MigrationsWritten> {
    const { build, output } = this;
    const hash = createHash('sha256');
    const mapDir = path.join(build.root, MAP_DIR);
    if (fs.existsSync(mapDir)) hashFolder(hash, MAP_DIR, mapDir);
    this.#migrationsKey = digestOf(
      this.#keys!.site,
      hash.digest('hex'),
      build.migrationInputs,
      output.serverDir,
    );
    const cached = this.#previous?.migrations;
    const complete =
      cached?.site.every((file) => this.#outputs.has(file)) &&
      cached.deploy.every((file) => fs.existsSync(path.join(this.folder.deploy, file)));
    if (cached?.key !== this.#migrationsKey || !complete) {
      for (const file of cached?.site ?? []) this.#outputs.drop(file);
      return write();
    }
    for (const file of cached.site) this.#outputs.take(file);
    for (const file of cached.deploy) this.folder.reuseDeploy(file, output.deploy.staging);
    return { ...cached, fromCache: true };
  }

  published(migrations: MigrationsWritten): void {
    const plan = this.#plan!;
    const rendered = this.#rendered!;
    const { state, model } = this.build;
    const diagnostics = byFile(state.renderDiagnostics);
    const pages: Record<string, CachedPage> = {};
    const changed = { site: [] as string[], deploy: [] as string[] };
    for (const page of model.pages) {
      const reused = plan.reused.get(page.file);
      const output = outputPathFor(page.url);
      const links = rendered.links.get(output);
      const search = this.#search.of(output);
      if (reused) pages[page.file] = search ? { ...reused, search } : reused;
      else if (links) {
        changed.site.push(output);
        pages[page.file] = {
          key: this.#keys!.pages.get(page.file)!,
          linkQueries: state.linkQueries?.get(page.file) ?? [],
          output,
          ...(search ? { search } : {}),
          links: storedLinks(links),
          renderedLinks: state.renderedLinks.get(page.file) ?? [],
          usedFiles: [...(state.usedFiles.get(page.file) ?? [])],
          diagnostics: diagnostics.get(page.file) ?? [],
        };
      }
    }
    const removed = [...plan.removed];
    let generated = this.#previous?.generated;
    if (plan.generated) {
      const pageOutputs = new Set(Object.values(pages).map((page) => page.output));
      const outputs = new Set([...rendered.outputs].filter((file) => !pageOutputs.has(file)));
      removed.push(...Object.keys(generated?.outputs ?? {}).filter((file) => !outputs.has(file)));
      changed.site.push(...outputs);
      generated = {
        key: this.#keys!.generated,
        outputs: Object.fromEntries(
          [...outputs].map((file) => {
            const links = rendered.links.get(file);
            return [file, links ? storedLinks(links) : null];
          }),
        ),
      };
    }
    const searchParts = this.#search.published(this.output.siteDir);
    changed.site.push(...searchParts.changed);
    removed.push(...searchParts.removed);
    if (!migrations.fromCache) {
      changed.site.push(...migrations.site);
      changed.deploy.push(...migrations.deploy);
    }
    this.folder.write(
      {
        site: this.#keys!.site,
        inputs: this.#keys!.inputs,
        pages,
        ...(generated ? { generated } : {}),
        search: searchParts.keys,
        migrations: {
          key: this.#migrationsKey!,
          site: migrations.site,
          deploy: migrations.deploy,
          diagnostics: migrations.diagnostics,
        },
        publishedSite: folderIdentity(this.output.siteDir),
      },
      { site: this.output.siteDir, deploy: this.output.deployDir },
      changed,
      removed,
      searchParts.parts,
      this.#replacedSiteToKeep(),
    );
  }

  /**
   * The site this build replaced, to be the cache's copy, when this build took the cache's copy
   * for its own and the site it replaced is still the one the previous manifest names (another
   * build may have published in between). Otherwise the cache's copy is made of links to this
   * build's new files only, and the next build renders what it lacks.
   */
  #replacedSiteToKeep(): string | undefined {
    const replaced = this.output.site.replaced;
    if (!(this.#outputs instanceof AdoptedCache) || !replaced) return undefined;
    return folderIdentity(replaced) === this.#previous?.publishedSite ? replaced : undefined;
  }

  /** Eleventy is about to write `file` of the staged site (ReusedOutputs.released). */
  released(file: string): void {
    this.#outputs.released(file);
  }

  /** The build failed: what the staged site still holds of the cache's goes back to it. */
  failed(): void {
    this.#outputs.failed();
  }
}

/** The previous build's cache as this product reads it: read once, before the build chooses how to run. */
export class PreviousBuild {
  private constructor(
    readonly cache: RenderCacheFile | undefined,
    readonly product: string,
  ) {}

  static read(root: string): PreviousBuild {
    return new PreviousBuild(renderCacheFolder(root).read(), productDigest());
  }

  /** Whether a build of `build`'s site can take pages from the cache, or renders every page. */
  usableBy(build: SiteBuild, drafts: boolean): boolean {
    const { model, state } = build;
    const inputs = siteInputsKey({ product: this.product, model, strings: state.strings, drafts });
    return this.cache?.inputs === inputs;
  }
}

/** A folder's inode and birth time: which folder it is, whatever it is renamed to. */
function folderIdentity(folder: string): string | undefined {
  const stat = fs.statSync(folder, { throwIfNoEntry: false });
  // Without a birth time (some file systems keep none), an inode number alone may be reused.
  return stat?.birthtimeMs ? `${stat.ino}:${stat.birthtimeMs}` : undefined;
}

/** `pagefind/en-1-of-2/…` -> `en-1-of-2`: the part of the search a file of the site is in. */
const partOf = (file: string) => (file.startsWith('pagefind/') ? file.split('/')[1]! : '');

function byFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const grouped = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!grouped.has(d.file)) grouped.set(d.file, []);
    grouped.get(d.file)!.push(d);
  }
  return grouped;
}
