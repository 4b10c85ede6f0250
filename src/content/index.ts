import type { MarkdownIt } from 'markdown-it';
import { sortDiagnostics, type Diagnostic } from '../report/diagnostic.ts';
import { createMarkdown, markdownEnv } from '../render/markdown/index.ts';
import { crossCheckSite } from './cross-checks.ts';
import { linkTargetsFor } from './link-targets.ts';
import { readContentFiles, type ContentFiles } from './site-files.ts';
import { buildSiteModel, type LoadOptions, type SiteModel } from './site-model.ts';

export type { SiteModel, Department, LoadOptions } from './site-model.ts';
export type { Page } from './page.ts';

export interface LoadedSite {
  model: SiteModel;
  diagnostics: Diagnostic[];
}

/**
 * Loads and validates the whole site without rendering it: front matter, departments, data
 * files, URLs, and each page's Markdown (links, blocks, raw HTML). The build and `npm run check`
 * both start here.
 */
export function loadSite(root: string, options: LoadOptions, md: MarkdownIt = createMarkdown()): LoadedSite {
  return validateContent(readContentFiles(root), options, md);
}

/** The same, from files already in memory. `only` limits Markdown checks to some files. */
export function validateContent(files: ContentFiles, options: LoadOptions, md: MarkdownIt, only?: ReadonlySet<string>): LoadedSite {
  const { model, diagnostics } = buildSiteModel(files, options);
  diagnostics.push(...crossCheckSite(model));
  // The link targets are worked out only when Markdown is checked here; the build and `check`
  // check it later, with their own.
  const links = options.checkMarkdown === false ? undefined : linkTargetsFor(model);
  for (const page of links ? model.pages : []) {
    if (only && !only.has(page.file)) continue;
    const env = markdownEnv(page.file, page.bodyLine, { links });
    md.parse(page.body, env as unknown as Record<string, unknown>);
    diagnostics.push(...env.diagnostics);
  }
  const kept = only ? diagnostics.filter((d) => only.has(d.file)) : diagnostics;
  return { model, diagnostics: sortDiagnostics(kept) };
}
