import { siteLanguages } from '../content/languages.ts';
import { publishedUrls } from '../content/published-urls.ts';
import { readContentFiles } from '../content/site-files.ts';
import { buildSiteModel, type SiteModel } from '../content/site-model.ts';
import type { MigrationInputs } from './model.ts';

/** What the migrations map is checked against: the site model's URLs, departments and legacy_urls. */
export function migrationInputsFor(root: string, model: SiteModel): MigrationInputs {
  return {
    root,
    siteUrl: model.config.url,
    publishedPaths: publishedUrls(model),
    publishedTitles: new Map([
      ...model.pages.map((page): [string, string] => [page.url, page.data.title]),
      ...[...model.departments].map(([slug, d]): [string, string] => [
        `/departments/${slug}/`,
        d.name,
      ]),
    ]),
    departments: new Map(
      [...model.departments].map(([slug, d]) => [
        slug,
        { name: d.name, translations: d.translations },
      ]),
    ),
    languages: new Map(siteLanguages(model.config).map((l) => [l.code, l.prefix])),
    pageLegacyUrls: model.pages.flatMap((page) =>
      (page.data.legacy_urls ?? []).map((url, i) => ({
        url,
        target: page.url,
        file: page.file,
        line: page.lines[`legacy_urls.${i}`] ?? 0,
      })),
    ),
  };
}

/** The same, reading the site's content first (for commands that do not build). */
export function migrationInputsAt(root: string): MigrationInputs {
  return migrationInputsFor(root, buildSiteModel(readContentFiles(root), { drafts: false }).model);
}
