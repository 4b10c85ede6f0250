import { type Diagnostic, sortDiagnostics } from '../report/diagnostic.ts';
import { crossCheckSite } from './cross-checks.ts';
import { type ContentFiles, readContentFiles } from './site-files.ts';
import { buildSiteModel, type LoadOptions, type SiteModel } from './site-model.ts';

export type { Page, PageBody } from './page.ts';
export type { Department, LoadOptions, SiteModel } from './site-model.ts';

export interface LoadedSite {
  model: SiteModel;
  diagnostics: Diagnostic[];
}

export interface ValidateOptions extends LoadOptions {
  /** Files whose problems are kept; all by default. */
  only?: ReadonlySet<string>;
}

/**
 * Loads and validates the whole site's content without rendering it: front matter, departments,
 * data files, URLs. Each page's Markdown is checked by src/render (`checkSite` in
 * render/markdown/check-pages.ts builds on this); the build and `npm run check` both start here.
 */
export function loadSite(root: string, options: ValidateOptions): LoadedSite {
  return validateContent(readContentFiles(root), options);
}

/** The same, from files already in memory. */
export function validateContent(files: ContentFiles, options: ValidateOptions): LoadedSite {
  const { only } = options;
  const { model, diagnostics } = buildSiteModel(files, options);
  diagnostics.push(...crossCheckSite(model));
  const kept = only ? diagnostics.filter((d) => only.has(d.file)) : diagnostics;
  return { model, diagnostics: sortDiagnostics(kept) };
}
