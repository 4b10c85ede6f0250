import path from 'node:path';
import { SearchIndex } from '../search/build-index.ts';
import { StagedOutput } from './staging.ts';

/**
 * What a build publishes, staged: the public site and the server configuration, each replacing
 * its folder only when the whole build has succeeded, and the site's one search index, which
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
  ) {
    this.site = new StagedOutput(siteDir);
    this.deploy = new StagedOutput(deployDir);
  }

  /** Starts Pagefind early: it starts its own process, which takes a moment. */
  startSearch(): void {
    this.#search ??= SearchIndex.start();
  }

  /** Hands Pagefind every page's search document, and has it write the index when it has them all. */
  indexForSearch(documents: ReadonlyMap<string, string>): void {
    this.startSearch();
    const search = this.#search!;
    search.addAll(documents);
    this.#written = search.write(this.site.staging);
    this.#written.catch(() => {}); // Awaited by searchWritten(); a failure meanwhile is not an unhandled one.
  }

  /** Pagefind's timings once the index is written. */
  async searchWritten() {
    if (!this.#written) throw new Error('The search index was never given its pages.');
    return (await this.#written).timings;
  }

  /** The folder nginx's configuration names: the published one, not the staging folder. */
  get serverDir(): string {
    return path.join(path.resolve(this.deployDir), 'nginx');
  }

  async publish(): Promise<void> {
    await this.site.publish();
    await this.deploy.publish();
  }

  /** Stops Pagefind, once it is done with the staging folder, and removes both staging folders. */
  async discard(): Promise<void> {
    await Promise.allSettled([this.#written]);
    await this.#search?.close();
    await Promise.all([this.site.discard(), this.deploy.discard()]);
  }
}
