import path from 'node:path';
import { SearchIndex } from '../search/build-index.ts';
import { type IndexParts, indexParts, listIndexes, PAGES_PER_PART } from '../search/index-parts.ts';
import { StagedOutput } from './staging.ts';

/**
 * What a build publishes, staged: the public site and the server configuration, each replacing
 * its folder only when the whole build has succeeded, and the site's search, whose parts
 * Pagefind builds in its own process while the build goes on.
 */
export class SiteOutput {
  readonly site: StagedOutput;
  readonly deploy: StagedOutput;
  #search?: SearchIndex;
  #written?: ReturnType<SearchIndex['write']>;

  constructor(
    readonly siteDir: string,
    readonly deployDir: string,
    /** At most this many pages in each part of the search (src/search/index-parts.ts). */
    readonly pagesPerPart = PAGES_PER_PART,
  ) {
    this.site = new StagedOutput(siteDir);
    this.deploy = new StagedOutput(deployDir);
  }

  /** Starts Pagefind early: it starts its own process, which takes a moment. */
  startSearch(): void {
    this.#search ??= SearchIndex.start();
  }

  /** The parts of the site's search: each part's pages, from every page's language. */
  searchParts(languages: ReadonlyMap<string, string>): Map<string, string[]> {
    return indexParts(languages, this.pagesPerPart);
  }

  /**
   * Has Pagefind write the parts of the search given; the other parts are already in the
   * staged site.
   */
  indexForSearch(parts: IndexParts): void {
    this.startSearch();
    this.#written = this.#search!.write(this.site.staging, parts);
    this.#written.catch(() => {}); // Awaited by searchWritten(); a failure meanwhile is not an unhandled one.
  }

  /**
   * Pagefind's timings once the parts are written, and the list of every part in the staged
   * site, those linked in from the cache too, for the search page.
   */
  async searchWritten() {
    if (!this.#written) throw new Error('The search index was never given its pages.');
    const timings = await this.#written;
    listIndexes(path.join(this.site.staging, 'pagefind'));
    return timings;
  }

  /** The folder nginx's configuration names: the published one, not the staging folder. */
  get serverDir(): string {
    return path.join(path.resolve(this.deployDir), 'nginx');
  }

  async publish(): Promise<void> {
    await this.site.publish();
    await this.deploy.publish();
  }

  /**
   * Stops Pagefind, once it is done with the staging folder, and removes both staging folders,
   * after `beforeRemoval` has taken from them what it keeps.
   */
  async discard(beforeRemoval?: () => void): Promise<void> {
    await Promise.allSettled([this.#written]);
    await this.#search?.close();
    beforeRemoval?.();
    await Promise.all([this.site.discard(), this.deploy.discard()]);
  }
}
