import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { ModuleWorker } from '../parallel/module-worker.ts';
import type { IndexParts } from './index-parts.ts';

/**
 * The site's search, in parts (./index-parts.ts), built with Pagefind's Node API while the site
 * renders: the pages' search documents (./search-document.ts) are handed over once every page's
 * Markdown is rendered, and Pagefind, in its own process and so on the other core, indexes them
 * while the layouts render. The API runs on a thread of its own (./pagefind-thread.ts), so pages
 * reach Pagefind however busy this thread is. Only Markdown pages are indexed: not the generated
 * listings, the search page, 404 or migration reports. Each page's `<html lang>` names its
 * language, so Welsh pages are indexed as Welsh.
 */
export class SearchIndex {
  private writing?: Promise<unknown>;
  private closed = false;

  private constructor(
    private readonly thread: ModuleWorker<typeof import('./pagefind-thread.ts')>,
  ) {
    thread.call('start').catch(() => {}); // A failure to start is reported by write().
  }

  /** Starts Pagefind, which takes a moment. */
  static start(): SearchIndex {
    return new SearchIndex(new ModuleWorker(new URL('./pagefind-thread.ts', import.meta.url)));
  }

  /**
   * Writes the parts given into `<siteDir>/pagefind/<part>/`, one after the other, and stops
   * Pagefind. Pagefind numbers pages in the order they arrive, and its index files are named by
   * what they hold, so pages go in the order of their paths: the same part gives the same files
   * whichever order its pages rendered in, or which shard they came from. The timings are
   * Pagefind's own, measured on its thread, in the shape of the build's stage timings (written
   * out here: the search stage does not import the build that runs it).
   */
  write(siteDir: string, parts: IndexParts): Promise<Array<{ stage: string; ms: number }>> {
    // The parts wait on a port until Pagefind's thread takes each (./pagefind-thread.ts).
    const { port1, port2 } = new MessageChannel();
    for (const [name, pages] of parts)
      port1.postMessage([name, [...pages].sort(([a], [b]) => (a < b ? -1 : 1))]);
    port1.close();
    const writing = this.thread
      .call('writeParts', path.join(siteDir, 'pagefind'), port2)
      .catch((cause: Error) => ({
        errors: [`stopped: ${cause.message}`],
        indexingMs: 0,
        writingMs: 0,
      }))
      .then(({ errors, indexingMs, writingMs }) => {
        if (errors.length) throw new Error(`Pagefind ${errors.join('; ')}`);
        return [
          { stage: 'search index: indexing', ms: indexingMs },
          { stage: 'search index: writing', ms: writingMs },
        ];
      });
    this.writing = writing;
    return writing.finally(() => this.close());
  }

  /** Stops Pagefind's process and its thread; a failed build calls it without writing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([this.writing]);
    await this.thread.call('close').catch(() => {});
    await this.thread.close();
  }
}
