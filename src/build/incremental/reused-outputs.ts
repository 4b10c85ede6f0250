import fs from 'node:fs';
import path from 'node:path';
import { joinInto, linkFiles } from '../shards/join-folders.ts';

/**
 * Where an incremental build's unrendered outputs come from, and how they reach the staged site.
 * Every output of the previous build is one of its pages', generated pages', search parts' or
 * migrations': each is taken (reused as it is) or dropped (made again, or gone) by the build.
 */
export interface ReusedOutputs {
  /** Whether the previous build's file of the site is there to reuse. */
  has(file: string): boolean;
  /** Puts the previous build's file, or every file of a folder, into the staged site. */
  take(file: string, folder?: 'folder'): void;
  /** Takes the previous build's file or folder out of the staged site, if it is there. */
  drop(file: string): void;
  /**
   * Eleventy is about to write `file` of the staged site: if it is still the previous build's,
   * it goes first, so the write makes a new file rather than writing into the published one.
   */
  released(file: string): void;
  /** The build failed: whatever of the previous build is still in the staged site goes back. */
  failed(): void;
}

/** The previous build's files are hard-linked into the staged site, one by one, from the cache. */
export class LinkedFromCache implements ReusedOutputs {
  constructor(
    private readonly cacheSite: string,
    private readonly staging: string,
  ) {}

  has(file: string): boolean {
    return fs.existsSync(path.join(this.cacheSite, file));
  }

  take(file: string, folder?: 'folder'): void {
    if (folder) joinInto(path.join(this.cacheSite, file), path.join(this.staging, file));
    else linkFiles(this.cacheSite, this.staging, [file]);
  }

  drop(): void {}

  released(): void {}

  failed(): void {}
}

/**
 * The cache's folder of the previous build's site becomes the staged site, by one rename, and
 * what the build makes again is dropped from it: linking 10,000 pages into a new folder took
 * 1.3 s to 3.7 s on this project's disk, where the rename and a walk of the folder take a tenth
 * of that. Every file is a hard link to a file of the published site, so nothing is ever
 * written into one: the build drops a file before it writes its path, and the cache's folder is
 * made again from the site the build replaces (BuildCache.published).
 */
export class AdoptedCache implements ReusedOutputs {
  /** The previous build's files still in the staged site. */
  readonly #present: Set<string>;

  private constructor(
    private readonly cacheSite: string,
    private readonly staging: string,
    previous: (file: string) => boolean,
  ) {
    this.#present = keepOnly(staging, previous);
  }

  /**
   * Takes the cache's site folder as `staging`, the staged site, which must be empty, keeping
   * only the files `previous` says the previous build made; undefined if the folder cannot be
   * moved (it is on another disk, say).
   */
  static adopt(
    cacheSite: string,
    staging: string,
    previous: (file: string) => boolean,
  ): AdoptedCache | undefined {
    try {
      fs.renameSync(cacheSite, staging);
    } catch {
      return undefined;
    }
    return new AdoptedCache(cacheSite, staging, previous);
  }

  has(file: string): boolean {
    return this.#present.has(file);
  }

  take(): void {}

  drop(file: string): void {
    const target = path.join(this.staging, file);
    if (!fs.existsSync(target)) return;
    fs.rmSync(target, { recursive: true, force: true });
    if (!this.#present.delete(file))
      for (const present of this.#present)
        if (present.startsWith(`${file}/`)) this.#present.delete(present);
    removeEmptyFolders(path.dirname(target), this.staging);
  }

  // Eleventy renders only pages that were dropped; this catches a page it was not asked for.
  released(file: string): void {
    if (this.#present.delete(file)) fs.rmSync(path.join(this.staging, file), { force: true });
  }

  /**
   * Nothing goes back when the build failed after its site was published, or when another build
   * has made the cache's folder again meanwhile: that one is newer.
   */
  failed(): void {
    if (!fs.existsSync(this.staging) || fs.existsSync(this.cacheSite)) return;
    keepOnly(this.staging, (file) => this.#present.has(file));
    fs.renameSync(this.staging, this.cacheSite);
  }
}

/**
 * Removes every file of `dir` that `keep` refuses, and every folder left with no file in it (a
 * folder with no index.html is no page: nginx answers 403 for it, not 404). Returns the files kept,
 * by their paths inside `dir` with forward slashes.
 */
function keepOnly(dir: string, keep: (file: string) => boolean): Set<string> {
  const kept = new Set<string>();
  const folders: string[] = [];
  const inUse = new Set<string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) {
      folders.push(full);
      continue;
    }
    const file = path.relative(dir, full).split(path.sep).join('/');
    if (!keep(file)) {
      fs.rmSync(full, { force: true });
      continue;
    }
    kept.add(file);
    for (let folder = entry.parentPath; folder !== dir && !inUse.has(folder); ) {
      inUse.add(folder);
      folder = path.dirname(folder);
    }
  }
  for (const folder of folders)
    if (!inUse.has(folder)) fs.rmSync(folder, { recursive: true, force: true });
  return kept;
}

/** Removes `folder` and each folder above it, up to `root`, that is left empty. */
function removeEmptyFolders(folder: string, root: string): void {
  for (let dir = folder; dir !== root && dir.startsWith(root); dir = path.dirname(dir)) {
    if (fs.readdirSync(dir).length) return;
    fs.rmdirSync(dir);
  }
}
