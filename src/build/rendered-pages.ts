import path from 'node:path';
import type { Page, SiteModel } from '../content/index.ts';
import { extractLinks, type PageLinks } from '../links/extract.ts';
import type { Heading } from '../render/markdown/index.ts';
import { pageView } from '../render/page-view.ts';
import type { SearchIndex } from '../search/build-index.ts';
import { searchDocument } from '../search/search-document.ts';

/**
 * What the build does with each page while Eleventy renders the site, rather than reading
 * 10,000 pages back from disk afterwards: a page goes to the search index as soon as its
 * Markdown is rendered (Pagefind works on the other core while layouts render), and its links
 * are taken from its final HTML for the link check.
 */
export class RenderedPages {
  /** Each written page's links and ids, by file in the site folder, e.g. `vat/index.html`. */
  readonly links = new Map<string, PageLinks>();

  constructor(private readonly siteDir: string, private readonly model: SiteModel, private readonly search: SearchIndex) {}

  markdownRendered(page: Page, bodyHtml: string, headings: readonly Heading[]): void {
    const document = searchDocument(pageView(page, this.model, headings), bodyHtml);
    if (document) this.search.add(`${page.url.slice(1)}index.html`, document);
  }

  /** Eleventy's output path of a file, and its final content. */
  written(outputPath: string, content: string): void {
    const file = path.relative(this.siteDir, path.resolve(outputPath)).split(path.sep).join('/');
    if (file.endsWith('.html')) this.links.set(file, extractLinks(content));
  }
}
