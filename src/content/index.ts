import type { MarkdownIt, Token } from 'markdown-it';
import { createMarkdown, type LinkTargets, markdownEnv } from '../render/markdown/index.ts';
import { type Diagnostic, sortDiagnostics } from '../report/diagnostic.ts';
import { crossCheckSite } from './cross-checks.ts';
import { linkTargetsFor } from './link-targets.ts';
import type { PageBody } from './page.ts';
import { type ContentFiles, readContentFiles } from './site-files.ts';
import { buildSiteModel, type LoadOptions, type SiteModel } from './site-model.ts';

export type { Page, PageBody } from './page.ts';
export type { Department, LoadOptions, SiteModel } from './site-model.ts';

export interface LoadedSite {
  model: SiteModel;
  diagnostics: Diagnostic[];
}

export interface ValidateOptions extends LoadOptions {
  /** The parser that checks each page's Markdown; a new one by default, made only when it is used. */
  md?: MarkdownIt;
  /** Files whose Markdown is checked and whose problems are kept; all by default. */
  only?: ReadonlySet<string>;
}

/**
 * Loads and validates the whole site without rendering it: front matter, departments, data
 * files, URLs, and each page's Markdown (links, blocks, raw HTML). The build and `npm run check`
 * both start here.
 */
export function loadSite(root: string, options: ValidateOptions): LoadedSite {
  return validateContent(readContentFiles(root), options);
}

/** The same, from files already in memory. */
export function validateContent(files: ContentFiles, options: ValidateOptions): LoadedSite {
  const { only } = options;
  const { model, diagnostics } = buildSiteModel(files, options);
  diagnostics.push(...crossCheckSite(model));
  // The build and `check` check the Markdown later, each with its own parse of every page.
  if (options.checkMarkdown !== false)
    diagnostics.push(...checkMarkdown(model, options.md ?? createMarkdown(), model.pages, only));
  const kept = only ? diagnostics.filter((d) => only.has(d.file)) : diagnostics;
  return { model, diagnostics: sortDiagnostics(kept) };
}

/**
 * The Markdown problems of `pages` and of every page file whose front matter gave no page: its
 * links, blocks and HTML are still checked, so every problem shows in one run.
 */
export function checkMarkdown(
  model: SiteModel,
  md: MarkdownIt,
  pages: readonly PageBody[],
  only?: ReadonlySet<string>,
  links: LinkTargets = linkTargetsFor(model),
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const page of [...pages, ...model.unloaded]) {
    if (!only || only.has(page.file))
      diagnostics.push(...parsePageMarkdown(page, md, links).diagnostics);
  }
  return diagnostics;
}

/**
 * One page's Markdown parsed, with its problems: links that lead nowhere, unknown blocks, raw HTML.
 * The tokens are for whoever reads the page's text further (the style rules of `npm run check`).
 */
export function parsePageMarkdown(
  page: PageBody,
  md: MarkdownIt,
  links: LinkTargets,
): { tokens: Token[]; diagnostics: Diagnostic[]; usedFiles: Set<string> } {
  const env = markdownEnv(page.file, page.bodyLine, { links });
  const tokens = md.parse(page.body, env as unknown as Record<string, unknown>);
  return { tokens, diagnostics: env.diagnostics, usedFiles: env.usedFiles };
}
