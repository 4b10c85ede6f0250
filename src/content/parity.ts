/**
 * Translation parity, per department: of the pages a department publishes in the site's own
 * language, which have no twin in a language the department must publish in (its `languages`),
 * and which twins are older than their page's last change (by `published` and `changes` dates).
 * `npm run check` warns of each; `/translations/` lists them with counts. Worked out once per
 * site model (site-model.ts), which carries it.
 */
import { content } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { pageLanguage, siteLanguages, type Twins } from './languages.ts';
import type { Page } from './page.ts';
import type { DepartmentFile, SiteConfig } from './schema.ts';

export interface PageRef {
  title: string;
  href: string;
  file: string;
}

export interface LanguageParity {
  lang: string;
  name: string;
  pages: number;
  twinned: number;
  missing: PageRef[];
  outdated: Array<{ page: PageRef; twin: PageRef; changed: string; twinChanged: string }>;
}

export interface DepartmentParity {
  slug: string;
  name: string;
  languages: LanguageParity[];
}

/** The date a page last changed: its newest `changes` entry, or when it was published. */
export const lastChanged = (page: Page) =>
  [page.data.published, ...(page.data.changes ?? []).map((c) => c.date)].sort().at(-1)!;

const ref = (page: Page): PageRef => ({ title: page.data.title, href: page.url, file: page.file });

export interface Parity {
  departments: DepartmentParity[];
  diagnostics: Diagnostic[];
}

/** What parity is worked out from: the site model's pages, departments and twins. */
export interface ParitySource {
  config: SiteConfig;
  departments: ReadonlyMap<string, DepartmentFile & { slug: string }>;
  pages: readonly Page[];
  pageByUrl: ReadonlyMap<string, Page>;
  twins: Twins;
}

export function translationParity(model: ParitySource): Parity {
  const diagnostics: Diagnostic[] = [];
  const names = new Map(siteLanguages(model.config).map((l) => [l.code, l.name]));
  const departments: DepartmentParity[] = [];
  for (const department of model.departments.values()) {
    const required = department.languages ?? [];
    if (required.length === 0) continue;
    const own = model.pages.filter(
      (p) =>
        p.department === department.slug &&
        !p.data.withdrawn &&
        pageLanguage(p, model.config) === model.config.language,
    );
    const languages = required.map((lang): LanguageParity => {
      const parity: LanguageParity = {
        lang,
        name: names.get(lang) ?? lang,
        pages: own.length,
        twinned: 0,
        missing: [],
        outdated: [],
      };
      for (const page of own) {
        const twin = model.pageByUrl.get(model.twins.get(page.url)?.get(lang) ?? '');
        if (!twin) {
          parity.missing.push(ref(page));
          diagnostics.push(
            report(
              content.TRANSLATION_MISSING,
              { file: page.file },
              { lang, department: department.name },
            ),
          );
          continue;
        }
        parity.twinned++;
        const [changed, twinChanged] = [lastChanged(page), lastChanged(twin)];
        if (twinChanged >= changed) continue;
        parity.outdated.push({ page: ref(page), twin: ref(twin), changed, twinChanged });
        diagnostics.push(
          report(
            content.TRANSLATION_OUT_OF_DATE,
            { file: page.file },
            { twin: twin.url, twinChanged, changed },
          ),
        );
      }
      return parity;
    });
    departments.push({ slug: department.slug, name: department.name, languages });
  }
  return { departments, diagnostics };
}
