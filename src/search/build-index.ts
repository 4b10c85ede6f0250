import fs from 'node:fs';
import path from 'node:path';
import { ModuleWorker } from '../parallel/module-worker.ts';

export interface SearchIndexSummary {
  /** Pages in the index, all languages together. */
  pages: number;
  /** Pages per language index, e.g. `{ en: 52, cy: 1 }`. */
  languages: Record<string, number>;
}

/**
 * Pagefind's ready-made search interfaces. The search page has its own GOV.UK markup and script
 * (layouts/search.njk, src/assets/search.js) and uses only `pagefind.js`, its worker, the
 * WebAssembly and the index, so these are not published.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The site's search index, built with Pagefind's Node API while the site renders: the pages'
 * search documents (./search-document.ts) are handed over once every page's Markdown is rendered,
 * and Pagefind, in its own process and so on the other core, indexes them while the layouts render. The API runs on a
 * thread of its own (./pagefind-thread.ts), so pages reach Pagefind however busy this thread is.
 * Only Markdown pages are indexed: not the generated listings, the search page, 404 or migration
 * reports. Each page goes into the index of its `<html lang>`, so Welsh pages are indexed as Welsh.
 */
export class SearchIndex {
  private writing?: Promise<unknown>;
  private closed = false;

  private constructor(
    private readonly thread: ModuleWorker<typeof import('./pagefind-thread.ts')>,
  ) {
    thread.call('start').catch(() => {}); // A failure to start is reported by write().
  }

  /** Starts Pagefind; pages can be added at once. */
  static start(): SearchIndex {
    return new SearchIndex(new ModuleWorker(new URL('./pagefind-thread.ts', import.meta.url)));
  }

  /**
   * Hands Pagefind the pages' search documents, by each page's path in the site folder (e.g.
   * `vat/index.html`, which gives its URL). Pagefind numbers pages in the order they arrive, and
   * its index files are named by what they hold, so pages go in the order of their paths: the
   * same site gives the same index whichever order its pages rendered in, or which shard they
   * came from.
   */
  addAll(documents: ReadonlyMap<string, string>): void {
    for (const file of [...documents.keys()].sort()) {
      this.thread.call('add', file, documents.get(file)!).catch(() => {}); // Reported by write().
    }
  }

  /**
   * Writes the index into `<siteDir>/pagefind/` once every page handed over is in it, and stops
   * Pagefind. The timings are Pagefind's own, measured on its thread, in the shape of the build's
   * stage timings (written out here: the search stage does not import the build that runs it).
   */
  write(
    siteDir: string,
  ): Promise<{ summary: SearchIndexSummary; timings: Array<{ stage: string; ms: number }> }> {
    const outputPath = path.join(siteDir, 'pagefind');
    const writing = this.thread.call('write', outputPath);
    this.writing = writing;
    return writing
      .finally(() => this.close())
      .then(({ errors, catchingUpMs, writingMs }) => {
        if (errors.length) throw new Error(`Pagefind ${errors.join('; ')}`);
        return {
          summary: publishedIndex(outputPath),
          timings: [
            { stage: 'search index: catching up', ms: catchingUpMs },
            { stage: 'search index: writing', ms: writingMs },
          ],
        };
      });
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

/** Removes the Pagefind files the site does not use, and counts what the index holds. */
function publishedIndex(outputPath: string): SearchIndexSummary {
  for (const file of fs.readdirSync(outputPath)) {
    if (UNUSED_FILES.test(file)) fs.rmSync(path.join(outputPath, file));
  }
  const entry = JSON.parse(
    fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.fromEntries(
    Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]),
  );
  return { pages: Object.values(languages).reduce((sum, n) => sum + n, 0), languages };
}
