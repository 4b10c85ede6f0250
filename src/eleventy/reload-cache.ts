import type { MarkdownIt } from 'markdown-it';
import { type LoadedSite, type Page, type SiteModel, validateContent } from '../content/index.ts';
import { type ContentFiles, readContentFiles } from '../content/site-files.ts';
import { type LoadedPage, loadPages } from '../content/site-model.ts';
import { parsePageMarkdown } from '../render/markdown/check-pages.ts';
import { linkTargetDataFor, linkTargetsFrom } from '../render/markdown/link-targets.ts';
import { type Diagnostic, sortDiagnostics } from '../report/diagnostic.ts';

/**
 * The preview reloads the whole site model before every rebuild, so an edit to a department or a
 * topic reaches every page that lists it. Most files have not changed since the last reload, so a
 * page file whose text is the same keeps its loaded front matter, and a page whose body and the
 * site's link targets are the same keeps its Markdown problems. A save at 10,000 pages spent
 * about 4.5 s reloading before; the answers are the same as a fresh load's.
 */
export class ReloadCache {
  #loaded = new Map<string, { text: string; loaded: LoadedPage }>();
  #markdown = new Map<string, { page: Page; diagnostics: Diagnostic[] }>();
  /** Every page's URL and every published URL, as text: when it changes, any link may have broken. */
  #linkTargets = '';

  load(root: string, drafts: boolean, md: MarkdownIt): LoadedSite {
    const files = readContentFiles(root);
    const { model, diagnostics } = validateContent(files, {
      drafts,
      loadedPages: this.#loadedPages(files),
    });
    return {
      model,
      diagnostics: sortDiagnostics([...diagnostics, ...this.#markdownProblems(model, md)]),
    };
  }

  #loadedPages(files: ContentFiles): LoadedPage[] {
    const kept = new Map<string, { text: string; loaded: LoadedPage }>();
    const loaded = files.pages.map((source) => {
      const last = this.#loaded.get(source.file);
      const entry =
        last?.text === source.text ? last : { text: source.text, loaded: loadPages([source])[0]! };
      kept.set(source.file, entry);
      return entry.loaded;
    });
    this.#loaded = kept;
    return loaded;
  }

  #markdownProblems(model: SiteModel, md: MarkdownIt): Diagnostic[] {
    const targets = linkTargetDataFor(model);
    const key = JSON.stringify([[...targets.urlByFile], [...targets.published]]);
    if (key !== this.#linkTargets) this.#markdown.clear();
    this.#linkTargets = key;
    const links = linkTargetsFrom(targets);
    const kept = new Map<string, { page: Page; diagnostics: Diagnostic[] }>();
    const problems = model.pages.flatMap((page) => {
      const last = this.#markdown.get(page.file);
      // A page is the same object while its file's text is unchanged (see #loadedPages).
      const entry =
        last?.page === page
          ? last
          : { page, diagnostics: parsePageMarkdown(page, md, links).diagnostics };
      kept.set(page.file, entry);
      return entry.diagnostics;
    });
    this.#markdown = kept;
    return problems;
  }
}
