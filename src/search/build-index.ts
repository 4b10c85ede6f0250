import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

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
 * The site's search index, built with Pagefind's Node API while the site renders: each page's
 * search document (./search-document.ts) is handed over as soon as its Markdown is rendered, and
 * Pagefind, in its own process and so on the other core, indexes it meanwhile. Only Markdown
 * pages are indexed: not the generated listings, the search page, 404 or migration reports.
 * Each page goes into the index of its `<html lang>`, so Welsh pages are indexed as Welsh.
 */
export class SearchIndex {
  private readonly added: Array<Promise<void>> = [];
  private readonly errors: string[] = [];
  private writing?: Promise<unknown>;
  private closed = false;

  private constructor(private readonly index: pagefind.PagefindIndex) {}

  static async start(): Promise<SearchIndex> {
    const created = await pagefind.createIndex({});
    if (!created.index) {
      await pagefind.close();
      throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    }
    return new SearchIndex(created.index);
  }

  /** `file` is the page's path in the site folder, e.g. `vat/index.html`, which gives its URL. */
  add(file: string, document: string): void {
    this.added.push(this.index.addHTMLFile({ sourcePath: file, content: document }).then((added) => {
      if (added.errors.length) this.errors.push(`${file}: ${added.errors.join('; ')}`);
    }));
  }

  /** Resolves when every page handed over is in the index. */
  async indexed(): Promise<void> {
    await Promise.all(this.added);
    if (this.errors.length) throw new Error(`Pagefind could not index the site: ${this.errors.slice(0, 5).join('; ')}`);
  }

  /**
   * Writes the index into `<siteDir>/pagefind/` and stops Pagefind. Called once `indexed()` has
   * resolved, it asks Pagefind at once, so Pagefind works while the caller goes on.
   */
  write(siteDir: string): Promise<SearchIndexSummary> {
    const outputPath = path.join(siteDir, 'pagefind');
    const writing = this.index.writeFiles({ outputPath });
    this.writing = writing;
    return writing.then(async (written) => {
      await this.close();
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      return publishedIndex(outputPath);
    }, async (cause) => {
      await this.close();
      throw cause;
    });
  }

  /** Stops Pagefind's process; a failed build calls it without writing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.added, this.writing]);
    await pagefind.close();
  }
}

/** Removes the Pagefind files the site does not use, and counts what the index holds. */
function publishedIndex(outputPath: string): SearchIndexSummary {
  for (const file of fs.readdirSync(outputPath)) {
    if (UNUSED_FILES.test(file)) fs.rmSync(path.join(outputPath, file));
  }
  const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
  return { pages: Object.values(languages).reduce((sum, n) => sum + n, 0), languages };
}
