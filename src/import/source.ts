/**
 * What every source of an import gives: the old site's pages as it served them, and the old URLs
 * of what is not imported. A source knows one static site generator's folders, front matter,
 * permalinks and shortcodes; everything after that (front matter, links, files, mappings, the
 * report) is the same for all sources. Adding a source is one module that exports an ImportSource.
 */
import type { ImportNote } from './notes.ts';

export interface SourcePage {
  /** Path of the page's file in the source folder, with forward slashes. */
  file: string;
  /** 1-based line of the file where the body starts, so notes name the source's own lines. */
  bodyLine: number;
  /** Post (news) or page (guide). */
  kind: 'post' | 'page';
  /** The path the old site served the page at, e.g. `/2014/03/21/29-minutes/`. */
  oldPath: string;
  /** Other paths the old site answered for it (aliases, redirect_from). */
  aliases: string[];
  /** Where the page goes in the department, without extension, e.g. `blog/29-minutes`. */
  name: string;
  title: string;
  /** The source's own summary (description, summary, excerpt), if any: HTML or Markdown. */
  summary?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** YYYY-MM-DD, when the source says the page was updated. */
  updated?: string;
  tags: string[];
  /** The body, with the source's shortcodes already written as our Markdown. */
  body: string;
  /** Front matter fields that have no home in ours, by name, for the report. */
  dropped: string[];
}

/** An old URL of something that is not a page of ours: a tag, an author, a listing, a feed. */
export interface SourceListing {
  oldPath: string;
  kind: 'tag' | 'author' | 'listing' | 'feed' | 'redirect' | 'other';
  /** For a tag: its name. For a redirect: where the old site sent it (a path or a URL). */
  value?: string;
  /** For a listing: how many pages each of its pages listed. */
  size?: number;
  file?: string;
}

export interface SourceSite {
  pages: SourcePage[];
  listings: SourceListing[];
  /** Where the old site's root-relative file paths (`/assets/x.png`) are found, in the source. */
  fileRoot: string;
  /**
   * Where a file a page names is, when the generator keeps some beside the page rather than under
   * fileRoot (Hugo's page bundles); undefined to look under fileRoot.
   */
  resolveFile?(page: SourcePage, oldPath: string): string | undefined;
  notes: ImportNote[];
}

export interface ImportSource {
  /** As `--from` names it, e.g. `eleventy`. */
  name: string;
  /** Whether the folder looks like this generator's source. */
  detect(folder: string): boolean;
  read(folder: string, options: { under: string }): SourceSite;
}
