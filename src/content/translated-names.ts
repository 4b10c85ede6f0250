import { content } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { pageLanguage, siteLanguages } from './languages.ts';
import type { SiteModel } from './site-model.ts';

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
