import fs from 'node:fs';
import path from 'node:path';
import { validateContent, type SiteModel } from '../content/index.ts';
import { linkTargetsFor } from '../content/link-targets.ts';
import { readContentFiles } from '../content/site-files.ts';
import { createMarkdown, markdownEnv } from '../render/markdown/index.ts';
import { sortDiagnostics, warning, type Diagnostic } from '../report/diagnostic.ts';
import { checkMigrations } from './migrations.ts';
import { codeOwners } from './owners.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkReviewDates, todayIso } from './review-dates.ts';
import { checkPageStyle, styleSettingsOfFile, unknownStyleChecks, withStyleSettings, type ReadingAge } from './style/index.ts';
import { checkPublishedUrls } from './urls/index.ts';

export { pagesApi, pagesApiJson, type PageRecord } from './pages-api.ts';
export { overduePagesByDepartment, todayIso, type OverduePage } from './review-dates.ts';
export { styleSettingsFor, styleSettingsOfFile, withStyleSettings } from './style/index.ts';
export { migrationInputsFromModel } from './migrations.ts';
export { codeOwners } from './owners.ts';

export interface CheckOptions {
  /** The folder holding content/ and migrations-map/. */
  root: string;
  /** Files to report on (relative to root); the whole site is still loaded to check links and URLs. */
  only?: ReadonlySet<string>;
  /** YYYY-MM-DD; default today (UTC). */
  today?: string;
}

export interface PageFigures {
  file: string;
  url: string;
  readingAge?: ReadingAge;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** The pages checked, with their reading age. */
  pages: PageFigures[];
  model: SiteModel;
}

/** Whole-site guarantees reported even when only some files are checked. */
const ALWAYS_REPORTED = new Set(['PUBLISHED_URL_REMOVED']);

/**
 * `npm run check`: everything the build validates (front matter, Markdown, URLs), the GOV.UK style
 * rules, review dates, URL permanence, owners and the migrations map, without rendering.
 */
export function runCheck({ root, only, today = todayIso() }: CheckOptions): CheckResult {
  const files = readContentFiles(root);
  const md = createMarkdown();
  // Markdown is parsed once per page, below, for both its diagnostics and the style rules.
  const { model, diagnostics } = validateContent(files, { drafts: true, checkMarkdown: false }, md, only);
  const links = linkTargetsFor(model);
  const sources = new Map(files.pages.map((p) => [p.file, p.text]));
  const settingsOf = styleSettingsOfFile(model);

  const checked = model.pages.filter((p) => !only || only.has(p.file));
  const pages: PageFigures[] = [];
  for (const page of checked) {
    const env = markdownEnv(page.file, page.bodyLine, { links });
    const tokens = md.parse(page.body, env as unknown as Record<string, unknown>);
    diagnostics.push(...env.diagnostics);
    const english = (page.data.lang ?? model.config.language).startsWith('en');
    const style = checkPageStyle(page, tokens, sources.get(page.file) ?? '', settingsOf(page.file)!, english);
    diagnostics.push(...style.diagnostics, ...checkPlaceholders(page.file, sources.get(page.file) ?? ''));
    pages.push({ file: page.file, url: page.url, ...(style.readingAge ? { readingAge: style.readingAge } : {}) });
  }
  diagnostics.push(...checkReviewDates(checked, today));
  for (const department of model.departments.values()) {
    const text = files.departments.find((d) => d.file === department.file)?.text ?? '';
    diagnostics.push(...unknownStyleChecks(department, text));
  }
  diagnostics.push(...checkPublishedUrls(root, model), ...checkMigrations(root, model).diagnostics, ...checkOwnersFile(root, model));

  const kept = withStyleSettings(diagnostics, settingsOf).filter((d) => !only || only.has(d.file) || ALWAYS_REPORTED.has(d.code));
  return { diagnostics: sortDiagnostics(kept), pages, model };
}

const CODEOWNERS = '.github/CODEOWNERS';

/** A stale CODEOWNERS means a department's new owners are not asked to review its pages. */
function checkOwnersFile(root: string, model: SiteModel): Diagnostic[] {
  const file = path.join(root, CODEOWNERS);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') === codeOwners(model)) return [];
  return [warning('CODEOWNERS_OUT_OF_DATE', { file: CODEOWNERS },
    'CODEOWNERS does not match the owners in the departments\' _department.yml files.',
    'Run "npm run owners" and commit the file it writes.')];
}
