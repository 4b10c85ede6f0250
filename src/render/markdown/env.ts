import type { PublishedFile, PublishedImage } from '../../files/index.ts';
import type { Diagnostic } from '../../report/diagnostic.ts';

/** Where links in Markdown may point, answered from the site model. */
export interface LinkTargets {
  /** The URL of the page built from a Markdown file (path relative to the project root). */
  urlOfFile(file: string): string | undefined;
  /** Whether the site publishes this path (pages, generated pages and documents). */
  isPublished(path: string): boolean;
  /** An image or document beside the pages, by its file path (relative to the project root). */
  fileAt(file: string): PublishedFile | undefined;
  /** Whether `file` is beside the pages but will not be published (its type or content was refused). */
  isRefusedFile(file: string): boolean;
  /** The existing file whose path is nearest to `file`, for the fix of a broken reference. */
  nearestFile(file: string): string | undefined;
}

export interface Heading {
  level: number;
  id: string;
  text: string;
}

/** Per-render state: markdown-it passes it to every rule. */
export interface MarkdownEnv {
  /** Source file relative to the project root, for diagnostics and relative links. */
  file: string;
  /** File line of the body's first line (after front matter). */
  bodyLine: number;
  links?: LinkTargets;
  diagnostics: Diagnostic[];
  headings: Heading[];
  /** Every link as rendered, with its file line, so checks of the built site can name the line. */
  linkLines: Array<{ href: string; line: number }>;
  /** The files beside the pages this page uses, by file path. */
  usedFiles: Set<string>;
  /** The images it shows, by the URL their links were resolved to, for their sizes and formats. */
  images: Map<string, PublishedImage>;
  /** Set once the page's first image is rendered: only the first loads at once. */
  imageShown?: boolean;
  /** The department's address for requests for documents in another format (attachments say it). */
  accessibleFormatEmail?: string;
  /** Each URL written in the page's raw HTML, as checked; set only when the page has raw HTML. */
  rawUrls?: Map<string, string | null>;
}

export function markdownEnv(
  file: string,
  bodyLine = 1,
  extra: Partial<MarkdownEnv> = {},
): MarkdownEnv {
  return {
    file,
    bodyLine,
    diagnostics: [],
    headings: [],
    linkLines: [],
    usedFiles: new Set(),
    images: new Map(),
    ...extra,
  };
}

/** The env of a markdown-it rule's state, typed. */
export const envOf = (state: { env: unknown }) => state.env as MarkdownEnv;
