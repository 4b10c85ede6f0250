import fs from 'node:fs';
import path from 'node:path';
import { validateContent, type SiteModel } from '../content/index.ts';
import { loadPages } from '../content/site-model.ts';
import { linkTargetDataFor } from '../content/link-targets.ts';
import { readContentFiles } from '../content/site-files.ts';
import { loadMigrations } from '../migrations/index.ts';
import { ModuleWorker } from '../parallel/module-worker.ts';
import { createMarkdown } from '../render/markdown/index.ts';
import { sortDiagnostics, warning, type Diagnostic } from '../report/diagnostic.ts';
import { migrationInputsFromModel } from './migrations.ts';
import { codeOwners } from './owners.ts';
import { checkPages, type PageFigures, type PageToCheck } from './page-checks.ts';
import { checkReviewDates, todayIso } from './review-dates.ts';
import { styleSettingsOfFile, unknownStyleChecks, withStyleSettings } from './style/index.ts';
import { checkPublishedUrls } from './urls/index.ts';

export { pagesApi, pagesApiJson, type PageRecord } from './pages-api.ts';
export { overduePagesByDepartment, todayIso, type OverduePage } from './review-dates.ts';
export { styleSettingsFor, styleSettingsOfFile, withStyleSettings } from './style/index.ts';
export { migrationInputsFromModel } from './migrations.ts';
export { codeOwners } from './owners.ts';
export type { PageFigures } from './page-checks.ts';

export interface CheckOptions {
  /** The folder holding content/ and migrations-map/. */
  root: string;
  /** Files to report on (relative to root); the whole site is still loaded to check links and URLs. */
  only?: ReadonlySet<string>;
  /** YYYY-MM-DD; default today (UTC). */
  today?: string;
  /** Check a share of the site on a second core; by default when 300 pages or more are checked. */
  secondCore?: boolean;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** The pages checked, with their reading age. */
  pages: PageFigures[];
  model: SiteModel;
}

/** Whole-site guarantees reported even when only some files are checked. */
const ALWAYS_REPORTED = new Set(['PUBLISHED_URL_REMOVED']);

/** Below this many pages, starting a second thread costs more than it saves. */
const PAGES_FOR_A_WORKER = 300;
/** The worker checks the migrations map first; this share of the pages then evens the load. */
const WORKER_SHARE = 0.35;

/**
 * `npm run check`: everything the build validates (front matter, Markdown, URLs), the GOV.UK style
 * rules, review dates, URL permanence, owners and the migrations map, without rendering. On a large
 * site the migrations map and a share of the pages are checked on the second core.
 */
export async function runCheck({ root, only, today = todayIso(), secondCore }: CheckOptions): Promise<CheckResult> {
  const files = readContentFiles(root);
  const worker = (secondCore ?? (only?.size ?? files.pages.length) >= PAGES_FOR_A_WORKER)
    ? new ModuleWorker<typeof import('./worker-tasks.ts')>(new URL('./worker-tasks.ts', import.meta.url))
    : undefined;
  /** How many of `count` pages the worker takes, from the start. */
  const share = (count: number) => (worker ? Math.floor(count * WORKER_SHARE) : 0);
  try {
    const loadedThere = worker?.call('loadPages', files.pages.slice(0, share(files.pages.length)));
    const loadedHere = loadPages(files.pages.slice(share(files.pages.length)));
    const loadedPages = [...((await loadedThere) ?? []), ...loadedHere];
    // Markdown is parsed once per page, in checkPages, for both its diagnostics and the style rules.
    const { model, diagnostics } = validateContent(files, { drafts: true, checkMarkdown: false, loadedPages }, createMarkdown(), only);
    const sources = new Map(files.pages.map((p) => [p.file, p.text]));
    const settingsOf = styleSettingsOfFile(model);
    const checked = model.pages.filter((p) => !only || only.has(p.file));
    const toCheck = checked.map((page): PageToCheck => ({
      page,
      source: sources.get(page.file) ?? '',
      settings: settingsOf(page.file)!,
      english: (page.data.lang ?? model.config.language).startsWith('en'),
    }));
    const linkTargets = linkTargetDataFor(model);
    const migrationInputs = migrationInputsFromModel(root, model);
    const elsewhere = worker
      ? Promise.all([worker.call('loadMigrations', migrationInputs), worker.call('checkPages', toCheck.slice(0, share(toCheck.length)), linkTargets)])
      : undefined;
    const here = checkPages(toCheck.slice(share(toCheck.length)), linkTargets);
    diagnostics.push(...checkReviewDates(checked, today));
    for (const department of model.departments.values()) {
      const text = files.departments.find((d) => d.file === department.file)?.text ?? '';
      diagnostics.push(...unknownStyleChecks(department, text));
    }
    diagnostics.push(...checkPublishedUrls(root, model), ...checkOwnersFile(root, model));
    const [migrations, first] = elsewhere ? await elsewhere : [loadMigrations(migrationInputs), undefined];
    diagnostics.push(...migrations.diagnostics, ...(first?.diagnostics ?? []), ...here.diagnostics);
    const pages = [...(first?.figures ?? []), ...here.figures];

    const kept = withStyleSettings(diagnostics, settingsOf).filter((d) => !only || only.has(d.file) || ALWAYS_REPORTED.has(d.code));
    return { diagnostics: sortDiagnostics(kept), pages, model };
  } finally {
    await worker?.close();
  }
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
