/**
 * The checks `npm run check` makes of each page's body: Markdown (links, blocks, raw HTML), the
 * GOV.UK style rules with the reading age, and placeholders. Pages come as plain data, so a share
 * of them can be checked on another core (see index.ts).
 */
import type MarkdownIt from 'markdown-it';
import type { Page } from '../content/index.ts';
import { parsePageMarkdown } from '../render/markdown/check-pages.ts';
import { createMarkdown } from '../render/markdown/index.ts';
import { type LinkTargetData, linkTargetsFrom } from '../render/markdown/link-targets.ts';
import type { Diagnostic } from '../report/diagnostic.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkPageStyle, type ReadingAge, type StyleSettings } from './style/index.ts';

export interface PageToCheck {
  page: Page;
  /** The whole file, for columns and placeholders. */
  source: string;
  /** Its department's style settings. */
  settings: StyleSettings;
  /** False for pages in another language: English word rules skip them. */
  english: boolean;
}

export interface PageFigures {
  file: string;
  url: string;
  readingAge?: ReadingAge;
}

let markdown: MarkdownIt | undefined;

export function checkPages(
  pages: readonly PageToCheck[],
  linkTargets: LinkTargetData,
): { diagnostics: Diagnostic[]; figures: PageFigures[]; usedFiles: string[] } {
  markdown ??= createMarkdown({ forRendering: false });
  const links = linkTargetsFrom(linkTargets);
  const diagnostics: Diagnostic[] = [];
  const figures: PageFigures[] = [];
  const usedFiles: string[] = [];
  for (const { page, source, settings, english } of pages) {
    // Parsed once, for both the Markdown diagnostics and the style rules.
    const markdownChecked = parsePageMarkdown(page, markdown, links);
    const style = checkPageStyle(page, markdownChecked.tokens, source, settings, english);
    diagnostics.push(
      ...markdownChecked.diagnostics,
      ...style.diagnostics,
      ...checkPlaceholders(page.file, source),
    );
    usedFiles.push(...markdownChecked.usedFiles);
    figures.push({
      file: page.file,
      url: page.url,
      ...(style.readingAge ? { readingAge: style.readingAge } : {}),
    });
  }
  return { diagnostics, figures, usedFiles };
}
