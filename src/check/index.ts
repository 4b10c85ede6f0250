import fs from 'node:fs';
import path from 'node:path';
import { unusedFiles } from '../content/assets.ts';
import { type SiteModel, validateContent } from '../content/index.ts';
import { siteLanguages } from '../content/languages.ts';
import { readContentFiles } from '../content/site-files.ts';
import { loadPages } from '../content/site-model.ts';
import { publishFiles } from '../files/index.ts';
import { loadMigrations } from '../migrations/index.ts';
import { shareWork } from '../parallel/share-work.ts';
import { checkMarkdown } from '../render/markdown/check-pages.ts';
import { createMarkdown } from '../render/markdown/index.ts';
import { linkTargetDataFor, linkTargetsFrom } from '../render/markdown/link-targets.ts';
import { siteStrings } from '../render/strings.ts';
import { check, urls } from '../report/catalogue/index.ts';
import { type Diagnostic, report, sortDiagnostics } from '../report/diagnostic.ts';
import { type CheckWorker, PAGES_FOR_A_WORKER, startCheckWorker } from './check-worker.ts';
import { migrationInputsFromModel } from './migrations.ts';
import { codeOwners } from './owners.ts';
import { checkPages, type PageFigures, type PageToCheck } from './page-checks.ts';
import { checkReviewDates, todayIso } from './review-dates.ts';
import { styleSettingsOfFile, unknownStyleChecks, withStyleSettings } from './style/index.ts';
import { checkPublishedUrls } from './urls/index.ts';

export { type CheckWorker, startCheckWorker } from './check-worker.ts';
export { migrationInputsFromModel } from './migrations.ts';
export { codeOwners } from './owners.ts';
export type { PageFigures } from './page-checks.ts';
export { type PageRecord, pagesApi, pagesApiJson } from './pages-api.ts';
export { type OverduePage, overduePagesByDepartment, todayIso } from './review-dates.ts';
export { styleSettingsFor, styleSettingsOfFile, withStyleSettings } from './style/index.ts';

export interface CheckOptions {
  /** The folder holding content/ and migrations-map/. */
  root: string;
  /** Files to report on (relative to root); the whole site is still loaded to check links and URLs. */
  only?: ReadonlySet<string>;
  /** YYYY-MM-DD; default today (UTC). */
  today?: string;
  /**
   * The second thread, if already started (startCheckWorker); false to use one thread only. By
   * default one is started for a site of 300 pages or more. runCheck closes it when it is done.
   */
  worker?: CheckWorker | false;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** The pages checked, with their reading age. */
  pages: PageFigures[];
  model: SiteModel;
}

/** Whole-site guarantees reported even when only some files are checked. */
const ALWAYS_REPORTED = new Set<string>([urls.PUBLISHED_URL_REMOVED.code]);

/** Pages per batch handed to either thread: about 20 ms of loading or 70 ms of checking. */
const BATCH = 100;

/**
 * `npm run check`: everything the build validates (front matter, Markdown, URLs), the GOV.UK style
 * rules, review dates, URL permanence, owners and the migrations map, without rendering. On a large
 * site the pages are loaded and checked on two cores, and the migrations map on the second.
 */
export async function runCheck({
  root,
  only,
  today = todayIso(),
  worker: given,
}: CheckOptions): Promise<CheckResult> {
  const files = readContentFiles(root);
  const large = files.pages.length >= PAGES_FOR_A_WORKER;
  if (given && !large) void given.close();
  const worker = given === false || !large ? undefined : (given ?? startCheckWorker());
  const onBoth = <T, R>(
    items: T[],
    here: (batch: T[]) => R,
    there: (worker: CheckWorker, batch: T[]) => Promise<R>,
  ) =>
    worker
      ? shareWork({ items, batchSize: BATCH, here, there: (batch) => there(worker, batch) })
      : Promise.resolve([here(items)]);
  try {
    const loadedPages = (
      await onBoth(files.pages, loadPages, (w, batch) => w.call('loadPages', batch))
    ).flat();
    // Markdown is parsed once per page, in checkPages, for both its diagnostics and the style rules.
    const { model, diagnostics } = validateContent(files, {
      drafts: true,
      loadedPages,
      ...(only ? { only } : {}),
    });
    diagnostics.push(
      ...siteStrings(
        siteLanguages(model.config).map((l) => l.code),
        root,
      ).diagnostics,
    );
    const sources = new Map(files.pages.map((p) => [p.file, p.text]));
    const settingsOf = styleSettingsOfFile(model);
    const checked = model.pages.filter((p) => !only || only.has(p.file));
    const toCheck = checked.map(
      (page): PageToCheck => ({
        page,
        source: sources.get(page.file) ?? '',
        settings: settingsOf(page.file)!,
        english: (page.data.lang ?? model.config.language).startsWith('en'),
      }),
    );
    // Files are read here (their types, sizes and shapes), not resized: check publishes nothing.
    const published = await publishFiles(root, model.assets);
    diagnostics.push(...published.diagnostics);
    const linkTargets = linkTargetDataFor(model, published.files);
    const migrationInputs = migrationInputsFromModel(root, model);
    const migrationsThere = worker?.call('loadMigrations', migrationInputs);
    // Not awaited: the worker takes it after the migrations map. Should it fail, so do the batches after it.
    worker?.call('useLinkTargets', linkTargets).catch(() => {});
    const pagesChecked = await onBoth(
      toCheck,
      (batch) => checkPages(batch, linkTargets),
      (w, batch) => w.call('checkPageBatch', batch),
    );
    // Files whose front matter gave no page still have their Markdown checked.
    if (model.unloaded.length)
      diagnostics.push(
        ...checkMarkdown(
          model,
          createMarkdown({ forRendering: false }),
          [],
          only,
          linkTargetsFrom(linkTargets),
        ),
      );
    diagnostics.push(...checkReviewDates(checked, today));
    for (const department of model.departments.values()) {
      const text = files.departments.find((d) => d.file === department.file)?.text ?? '';
      diagnostics.push(...unknownStyleChecks(department, text));
    }
    diagnostics.push(...checkPublishedUrls(root, model), ...checkOwnersFile(root, model));
    const migrations = (await migrationsThere) ?? loadMigrations(migrationInputs);
    diagnostics.push(
      ...migrations.diagnostics,
      ...pagesChecked.flatMap((batch) => batch.diagnostics),
    );
    const pages = pagesChecked.flatMap((batch) => batch.figures);
    if (!only)
      diagnostics.push(
        ...unusedFiles(
          published.files.keys(),
          new Set(pagesChecked.flatMap((batch) => batch.usedFiles)),
        ),
      );

    const kept = withStyleSettings(diagnostics, settingsOf).filter(
      (d) => !only || only.has(d.file) || ALWAYS_REPORTED.has(d.code),
    );
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
  return [report(check.CODEOWNERS_OUT_OF_DATE, { file: CODEOWNERS })];
}
