import fs from 'node:fs';
import path from 'node:path';
import { BUILD_CACHE } from '../../files/index.ts';
import type { PageLinks } from '../../links/extract.ts';
import type { LinkQuery } from '../../render/markdown/link-queries.ts';
import type { Diagnostic } from '../../report/diagnostic.ts';
import { linkFiles, linkOrCopy } from '../shards/join-folders.ts';

/** A page's links as JSON holds them: its ids as a list. */
export interface StoredLinks {
  ids: string[];
  links: PageLinks['links'];
}

export const storedLinks = ({ ids, links }: PageLinks): StoredLinks => ({ ids: [...ids], links });
export const pageLinksOf = ({ ids, links }: StoredLinks): PageLinks => ({
  ids: new Set(ids),
  links,
});

/** What the previous build rendered of one page, and all it needs to publish it again unrendered. */
export interface CachedPage {
  /** renderKeys().pages of the build that rendered it. */
  key: string;
  /** What its Markdown asked of the link targets, and was answered. */
  linkQueries: LinkQuery[];
  /** Its file in the site folder, e.g. `vat/index.html`. */
  output: string;
  /** Of its search document: the language, a digest, and the part whose file holds it. */
  search?: CachedSearchDocument;
  links: StoredLinks;
  renderedLinks: Array<{ href: string; line: number }>;
  usedFiles: string[];
  /** What the render found in its Markdown, before the style settings apply. */
  diagnostics: Diagnostic[];
}

export interface CachedSearchDocument {
  lang: string;
  digest: string;
  part: string;
}

/** The pages made from the model, rendered together. */
export interface CachedGenerated {
  key: string;
  /** Each file they wrote in the site folder, with its links for HTML. */
  outputs: Record<string, StoredLinks | null>;
}

/** The migrations' outputs, made from the map and the site's URLs and titles. */
export interface CachedMigrations {
  key: string;
  /** Their files in the site folder and in the deploy folder. */
  site: string[];
  deploy: string[];
  diagnostics: Diagnostic[];
}

export interface RenderCacheFile {
  version: typeof VERSION;
  /** renderKeys().site of the build that wrote it. */
  site: string;
  /** renderKeys().inputs of the build that wrote it. */
  inputs: string;
  pages: Record<string, CachedPage>;
  generated?: CachedGenerated;
  migrations?: CachedMigrations;
  /** Each part of the search's key: a digest of its pages' search documents. */
  search?: Record<string, string>;
  /**
   * Which folder the site the build published is (its inode and birth time): while that folder
   * is still the one published, it holds the same files as `site/`, and the next build may take
   * `site/` as its staged site (./reused-outputs.ts).
   */
  publishedSite?: string;
}

/** A part's search documents, by page file in the site folder. */
export type CachedPartDocuments = Record<string, string>;

const VERSION = 3;

/** Where the render cache of the site at `root` is. */
export const renderCacheFolder = (root: string) =>
  new RenderCacheFolder(path.join(root, BUILD_CACHE, 'render'));

/**
 * `.build-cache/render/`: the last published build's outputs, as hard links to its files, under
 * `site/` and `deploy/`, what it knew of them in `render.json`, and the search documents of each
 * part of the search in `search/<part>.json` (read only for a part indexed again). The manifest
 * is removed before the rest changes and written after, so a build cut off meanwhile leaves no
 * manifest and the next build renders everything.
 */
export class RenderCacheFolder {
  readonly manifest: string;
  readonly site: string;
  readonly deploy: string;
  readonly search: string;

  constructor(readonly dir: string) {
    this.manifest = path.join(dir, 'render.json');
    this.site = path.join(dir, 'site');
    this.deploy = path.join(dir, 'deploy');
    this.search = path.join(dir, 'search');
  }

  /** The file of a part's search documents. */
  partFile(part: string): string {
    return path.join(this.search, `${part}.json`);
  }

  partDocuments(part: string): CachedPartDocuments {
    return JSON.parse(fs.readFileSync(this.partFile(part), 'utf8')) as CachedPartDocuments;
  }

  read(): RenderCacheFile | undefined {
    try {
      const cache = JSON.parse(fs.readFileSync(this.manifest, 'utf8')) as RenderCacheFile;
      return cache.version === VERSION ? cache : undefined;
    } catch {
      return undefined; // No cache, or one cut off: the build renders everything.
    }
  }

  /**
   * Makes the cache the published build's: `site` and `deploy` files from the folders given.
   * `replaced`, the site the build replaced, becomes the cache's site folder first when the build
   * took that folder for its own staged site: it held the same files.
   */
  write(
    cache: Omit<RenderCacheFile, 'version'>,
    from: { site: string; deploy: string },
    changed: { site: Iterable<string>; deploy: Iterable<string> },
    removed: Iterable<string>,
    parts: { written: ReadonlyMap<string, CachedPartDocuments>; removed: Iterable<string> },
    replaced?: string,
  ): void {
    fs.rmSync(this.manifest, { force: true });
    if (replaced) {
      fs.rmSync(this.site, { recursive: true, force: true });
      fs.renameSync(replaced, this.site);
    }
    fs.mkdirSync(this.search, { recursive: true });
    for (const part of parts.removed) fs.rmSync(this.partFile(part), { force: true });
    for (const [part, documents] of parts.written)
      fs.writeFileSync(this.partFile(part), JSON.stringify(documents));
    for (const file of removed)
      fs.rmSync(path.join(this.site, file), { force: true, recursive: true });
    for (const [files, source, target] of [
      [changed.site, from.site, this.site],
      [changed.deploy, from.deploy, this.deploy],
    ] as const) {
      for (const file of files) replaceWithLink(path.join(source, file), path.join(target, file));
    }
    fs.writeFileSync(this.manifest, JSON.stringify({ version: VERSION, ...cache }));
  }

  /** Puts the cached `file` of the deploy folder into `to`, as a hard link. */
  reuseDeploy(file: string, to: string): void {
    linkFiles(this.deploy, to, [file]);
  }
}

/**
 * A new link in place of the old file, never a write into it: the old file may be the published
 * site's, linked from here.
 */
function replaceWithLink(source: string, target: string): void {
  fs.rmSync(target, { force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  linkOrCopy(source, target);
}
