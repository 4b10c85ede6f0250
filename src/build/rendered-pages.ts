import path from 'node:path';
import type { Page, SiteModel } from '../content/index.ts';
import { outputPathFor } from '../content/urls.ts';
import { extractLinks, type PageLinks } from '../links/extract.ts';
import type { Heading } from '../render/markdown/index.ts';
import { pageView } from '../render/page-view.ts';
import type { Strings } from '../render/strings.ts';
import type { Diagnostic } from '../report/diagnostic.ts';
import { searchDocument } from '../search/search-document.ts';

/**
 * What the build does with each page while Eleventy renders the site, rather than reading
 * 10,000 pages back from disk afterwards: a page's search document is made as soon as its
 * Markdown is rendered (so Pagefind can work on the other core while layouts render), and its
 * links are taken from its final HTML for the link check.
 */
export class RenderedPages {
  /** Each written page's links and ids, by file in the site folder, e.g. `vat/index.html`. */
  readonly links = new Map<string, PageLinks>();
  /** Every file written, HTML or not, by its path in the site folder. */
  readonly outputs = new Set<string>();
  /** Each searchable page's search document, by file in the site folder. */
  readonly searchDocuments = new Map<string, string>();
  /** What the render found in the pages' Markdown. */
  readonly diagnostics: Diagnostic[] = [];
  /**
   * Resolves when every page's Markdown is rendered, and so every search document is here: about
   * halfway through the render of a large site, as Eleventy renders the pages' Markdown before
   * most of their layouts. Pagefind can index and write meanwhile.
   */
  readonly allMarkdownRendered: Promise<void>;
  readonly #rendered = new Set<string>();
  #allRendered!: () => void;

  constructor(
    private readonly siteDir: string,
    private readonly model: SiteModel,
    /** How many pages render: the whole site's, or a shard's. */
    private readonly count: number,
  ) {
    this.allMarkdownRendered = new Promise((resolve) => {
      this.#allRendered = resolve;
    });
    if (!count) this.#allRendered();
  }

  markdownRendered(
    page: Page,
    bodyHtml: string,
    headings: readonly Heading[],
    strings: Strings,
  ): void {
    const document = searchDocument(pageView(page, this.model, strings, headings), bodyHtml);
    if (document) this.searchDocuments.set(outputPathFor(page.url), document);
    this.#rendered.add(page.file);
    if (this.#rendered.size === this.count) this.#allRendered();
  }

  /** Eleventy's output path of a file, and its final content. */
  /** Takes a file Eleventy writes; returns its path in the site folder. */
  written(outputPath: string, content: string): string {
    const file = path.relative(this.siteDir, path.resolve(outputPath)).split(path.sep).join('/');
    this.outputs.add(file);
    if (file.endsWith('.html')) this.links.set(file, extractLinks(content));
    return file;
  }
}
