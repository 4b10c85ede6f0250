import type { MarkdownIt, Token } from 'markdown-it';
import {
  type LoadedSite,
  loadSite,
  type PageBody,
  type SiteModel,
  type ValidateOptions,
} from '../../content/index.ts';
import { type Diagnostic, sortDiagnostics } from '../../report/diagnostic.ts';
import { type LinkTargets, markdownEnv } from './env.ts';
import { createMarkdown } from './index.ts';
import { linkTargetsFor } from './link-targets.ts';

/**
 * The site's content loaded and validated (src/content), and then each page's Markdown checked
 * with the parser that renders it: every problem the content has, without rendering a page.
 */
export function checkSite(root: string, options: ValidateOptions): LoadedSite {
  const { model, diagnostics } = loadSite(root, options);
  diagnostics.push(...checkMarkdown(model, createMarkdown(), model.pages, options.only));
  return { model, diagnostics: sortDiagnostics(diagnostics) };
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
