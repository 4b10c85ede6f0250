/**
 * The site's languages (site.yml `language`, the default, and `languages`), and which pages are
 * twins: the same page in another language, linked by `translation:` on either of them. Checked
 * here: the twin is published, in another language, the only twin in its language, and every
 * page of a language other than the default lives under that language's URL prefix.
 */
import { content } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import type { Page } from './page.ts';
import type { SiteConfig } from './schema.ts';
import type { SiteModel } from './site-model.ts';

export interface SiteLanguage {
  code: string;
  /** The language's name in itself, e.g. Cymraeg. */
  name: string;
  /** Where its pages live: `/` for the default language, else `/<code>/` unless site.yml says. */
  prefix: string;
}

export function siteLanguages(config: SiteConfig): SiteLanguage[] {
  const declared = config.languages ?? {};
  const defaultName = declared[config.language]?.name ?? config.language;
  return [
    { code: config.language, name: defaultName, prefix: '/' },
    ...Object.entries(declared)
      .filter(([code]) => code !== config.language)
      .map(([code, { name, prefix }]) => ({ code, name, prefix: prefix ?? `/${code}/` })),
  ];
}

export const pageLanguage = (page: Page, config: SiteConfig) => page.data.lang ?? config.language;

/** Page URL -> its twins by language code. */
export type Twins = Map<string, Map<string, string>>;

export function pairTwins(
  pages: readonly Page[],
  config: SiteConfig,
): { twins: Twins; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const languages = siteLanguages(config);
  const codes = languages.map((l) => l.code);
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  for (const page of pages) {
    const lang = pageLanguage(page, config);
    const at = { file: page.file, line: page.data.lang ? page.lines.lang! : 1 };
    const language = languages.find((l) => l.code === lang);
    if (!language)
      diagnostics.push(report(content.LANGUAGE_NOT_DECLARED, at, { lang, languages: codes }));
    else if (language.prefix !== '/' && !page.url.startsWith(language.prefix))
      diagnostics.push(
        report(content.LANGUAGE_URL_PREFIX, at, { url: page.url, lang, prefix: language.prefix }),
      );
  }
  const twins: Twins = new Map();
  const claimed = new Map<string, Map<string, string[]>>();
  const claim = (url: string, lang: string, twin: string) => {
    const byLang = claimed.get(url) ?? new Map<string, string[]>();
    const list = byLang.get(lang) ?? [];
    if (!list.includes(twin)) list.push(twin);
    claimed.set(url, byLang.set(lang, list));
  };
  for (const page of pages) {
    const url = page.data.translation;
    if (url === undefined) continue;
    const at = { file: page.file, line: page.lines.translation! };
    const twin = byUrl.get(url);
    if (!twin) {
      diagnostics.push(report(content.TRANSLATION_NOT_FOUND, at, { url }));
      continue;
    }
    const [lang, twinLang] = [pageLanguage(page, config), pageLanguage(twin, config)];
    if (lang === twinLang) {
      diagnostics.push(report(content.TRANSLATION_SAME_LANGUAGE, at, { url, lang }));
      continue;
    }
    claim(page.url, twinLang, twin.url);
    claim(twin.url, lang, page.url);
  }
  for (const [url, byLang] of claimed)
    for (const [lang, list] of byLang) {
      if (list.length === 1) {
        twins.set(url, (twins.get(url) ?? new Map()).set(lang, list[0]!));
        continue;
      }
      const page = byUrl.get(url)!;
      diagnostics.push(
        report(
          content.TRANSLATION_CONFLICT,
          { file: page.file, line: page.data.translation ? page.lines.translation! : 1 },
          { url, lang, twins: list },
        ),
      );
    }
  return { twins, diagnostics };
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
