import fs from 'node:fs';
import path from 'node:path';
import type { Page, SiteModel } from '../content/index.ts';
import { outputPathFor } from '../content/urls.ts';
import type { Heading } from '../render/markdown/index.ts';
import { pageView } from '../render/page-view.ts';
import type { Strings } from '../render/strings.ts';
import { SearchIndex } from '../search/build-index.ts';
import { documentsInParts, listIndexes } from '../search/index-parts.ts';
import { searchDocument } from '../search/search-document.ts';

/**
 * The preview's search index. Eleventy's incremental rebuilds render only the pages a save
 * touched, so each page's search document is kept from whichever build last rendered it, and
 * after every build the whole index is written again from them with the build's own Pagefind
 * stage (src/search/): under a second for the example site.
 */
export class PreviewSearch {
  /** Each page's search document, by its file, and the URL it was rendered at. */
  readonly #documents = new Map<string, { url: string; document: string }>();
  #writing: Promise<unknown> = Promise.resolve();
  #index?: SearchIndex;

  markdownRendered(
    page: Page,
    model: SiteModel,
    bodyHtml: string,
    headings: readonly Heading[],
    strings: Strings,
  ) {
    const document = searchDocument(pageView(page, model, strings, headings), bodyHtml);
    if (document) this.#documents.set(page.file, { url: page.url, document });
    else this.#documents.delete(page.file);
  }

  /** Writes the indexes in `<siteDir>/pagefind/` from the pages of `model`; one write at a time. */
  write(siteDir: string, model: SiteModel): Promise<unknown> {
    const current = new Map(model.pages.map((page) => [page.file, page.url]));
    this.#writing = this.#writing.then(async () => {
      this.#index = SearchIndex.start();
      const parts = documentsInParts(
        new Map(
          [...this.#documents]
            .filter(([file, { url }]) => current.get(file) === url)
            .map(([, { url, document }]) => [outputPathFor(url), document]),
        ),
      );
      await this.#index.write(siteDir, parts);
      // A part no longer in the search (fewer pages, or a language's last page gone) goes.
      const folder = path.join(siteDir, 'pagefind');
      fs.mkdirSync(folder, { recursive: true });
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory() && !parts.has(entry.name))
          fs.rmSync(path.join(folder, entry.name), { recursive: true, force: true });
      }
      listIndexes(folder);
    });
    return this.#writing;
  }

  /** Stops Pagefind, if it is writing. */
  async close(): Promise<void> {
    await this.#index?.close();
  }
}
