import path from 'node:path';
import type { MarkdownIt } from 'markdown-it';
import type { AssetManifest } from '../assets/index.ts';
import { styleSettingsOfFile, withStyleSettings } from '../check/style/settings.ts';
import { type LoadedSite, loadSite, type Page } from '../content/index.ts';
import { siteLanguages } from '../content/languages.ts';
import type { PublishedFile } from '../files/index.ts';
import type { Heading, LinkTargets } from '../render/markdown/index.ts';
import { type LinkQuery, recordingTargets } from '../render/markdown/link-queries.ts';
import { linkTargetsFor } from '../render/markdown/link-targets.ts';
import { type Strings, siteStrings } from '../render/strings.ts';
import type { Diagnostic } from '../report/diagnostic.ts';
import { ReloadCache } from './reload-cache.ts';

/**
 * The validated site model for the current Eleventy run. The build loads it once before Eleventy
 * starts; the preview reloads it before every rebuild, so edits to departments and topics reach
 * every page that lists them.
 */
export class SiteState {
  loaded?: LoadedSite;
  /** The hashed CSS, JavaScript and icons, written before Eleventy renders. */
  assets?: AssetManifest;
  /** The links each page's Markdown rendered to, with their lines (see MarkdownEnv.linkLines). */
  readonly renderedLinks = new Map<string, Array<{ href: string; line: number }>>();
  linkTargets?: LinkTargets;
  /** The labels of the site's languages (layouts/strings/). */
  strings: Strings = new Map();
  /** The images and documents beside the pages, as the files stage published them. */
  files?: ReadonlyMap<string, PublishedFile>;
  /** The files each page's Markdown used, by page file. */
  readonly usedFiles = new Map<string, ReadonlySet<string>>();
  /**
   * When set (a production build), the questions each page's Markdown asked of the link targets,
   * and their answers, by page file: what an incremental build checks before reusing a page.
   */
  linkQueries?: Map<string, LinkQuery[]>;
  private byFile = new Map<string, Page>();
  /** Eleventy asks for the same page several times per build (permalink, layout, Markdown). */
  private byInputPath = new Map<string, Page | undefined>();
  readonly #reloads = new ReloadCache();

  constructor(
    readonly root: string,
    readonly md: MarkdownIt,
  ) {}

  /** The preview (`npm start`) shows drafts and notes for editors; the public build never does. */
  preview = false;

  /** Each rendered page's headings, by Eleventy input path, for its contents list. */
  readonly headings = new Map<string, Heading[]>();
  /** Diagnostics the render found in Markdown, when loading left Markdown checks to it. */
  readonly renderDiagnostics: Diagnostic[] = [];
  /** The build's listeners: each page's rendered Markdown, and each file Eleventy writes. */
  markdownRendered?: (page: Page, bodyHtml: string, headings: readonly Heading[]) => void;
  fileWritten?: (outputPath: string, content: string) => void;

  load(drafts: boolean, checkMarkdown = true): LoadedSite {
    this.preview = drafts;
    this.renderDiagnostics.length = 0;
    this.usedFiles.clear();
    // The build loads once and leaves Markdown to the render; Eleventy's own runs (the preview's
    // every rebuild) reload, reusing what has not changed.
    const loaded = checkMarkdown
      ? this.#reloads.load(this.root, drafts, this.md)
      : loadSite(this.root, { drafts });
    const strings = siteStrings(
      siteLanguages(loaded.model.config).map((l) => l.code),
      this.root,
    );
    this.strings = strings.strings;
    // Style warnings a department has turned off are not shown by the build either.
    return this.use({
      ...loaded,
      diagnostics: [
        ...withStyleSettings(loaded.diagnostics, styleSettingsOfFile(loaded.model)),
        ...strings.diagnostics,
      ],
    });
  }

  use(loaded: LoadedSite): LoadedSite {
    this.loaded = loaded;
    this.byFile = new Map(loaded.model.pages.map((p) => [p.file, p]));
    this.byInputPath = new Map();
    this.linkTargets = linkTargetsFor(loaded.model, this.files);
    return loaded;
  }

  /** The link targets a page's Markdown is rendered with, recording its questions when asked to. */
  linkTargetsOf(file: string): LinkTargets | undefined {
    if (!this.linkQueries || !this.linkTargets) return this.linkTargets;
    const asked: LinkQuery[] = [];
    this.linkQueries.set(file, asked);
    return recordingTargets(this.linkTargets, asked);
  }

  /** The files stage's answers: links to files resolve to their published URLs and formats. */
  useFiles(files: ReadonlyMap<string, PublishedFile>) {
    this.files = files;
    this.linkTargets = linkTargetsFor(this.model, files);
  }

  /** The files beside the pages that no rendered page uses. */
  unusedFiles(): string[] {
    const used = new Set([...this.usedFiles.values()].flatMap((files) => [...files]));
    return [...(this.files?.keys() ?? [])].filter((file) => !used.has(file));
  }

  get model() {
    if (!this.loaded) throw new Error('The site model is used before it was loaded.');
    return this.loaded.model;
  }

  /** The page built from an Eleventy input path (relative to the working folder, as Eleventy gives it). */
  pageAt(inputPath: string): Page | undefined {
    if (this.byInputPath.has(inputPath)) return this.byInputPath.get(inputPath);
    const page = this.byFile.get(
      path.relative(this.root, path.resolve(inputPath)).split(path.sep).join('/'),
    );
    this.byInputPath.set(inputPath, page);
    return page;
  }
}
