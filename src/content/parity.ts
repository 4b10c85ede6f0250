/**
 * Translation parity, per department: of the pages a department publishes in the site's own
 * language, which have no twin in a language the department must publish in (its `languages`),
 * and which twins are older than their page's last change (by `published` and `changes` dates).
 * `npm run check` warns of each; `/translations/` lists them with counts. And the names a page in
 * another language needs in it.
 */
import { content } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { pageLanguage, siteLanguages } from './languages.ts';
import type { Page } from './page.ts';
import type { SiteModel } from './site-model.ts';

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

export function translationParity(model: SiteModel): {
  departments: DepartmentParity[];
  diagnostics: Diagnostic[];
} {
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

/**
 * A page in another language prints its department's and topics' names in that language: each
 * must have them (`translations:` in _department.yml and topics.yml), one error per name.
 */
export function checkTranslatedNames(model: SiteModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  const missing = (
    key: string,
    at: { file: string; line?: number },
    args: { what: string; lang: string; field: string; page: string },
  ) => {
    if (reported.has(key)) return;
    reported.add(key);
    diagnostics.push(report(content.NAME_NOT_TRANSLATED, at, args));
  };
  const declared = new Set(siteLanguages(model.config).map((l) => l.code));
  for (const page of model.pages) {
    const lang = pageLanguage(page, model.config);
    // An undeclared language is reported once, as such, by pairTwins.
    if (lang === model.config.language || !declared.has(lang)) continue;
    for (const slug of [page.department, ...(page.data.departments ?? [])]) {
      const department = model.departments.get(slug);
      if (department && !department.translations?.[lang]?.name)
        missing(
          `${slug} ${lang}`,
          { file: department.file },
          {
            what: `The department ${slug}`,
            lang,
            field: 'name',
            page: page.file,
          },
        );
    }
    for (const slug of page.data.topics ?? []) {
      const topic = model.topics[slug];
      if (topic && !topic.translations?.[lang]?.title)
        missing(
          `topic ${slug} ${lang}`,
          { file: 'content/_data/topics.yml' },
          {
            what: `The topic ${slug}`,
            lang,
            field: 'title',
            page: page.file,
          },
        );
    }
  }
  return diagnostics;
}
