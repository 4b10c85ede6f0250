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

/** A site path in a language: `/topics/tax/` in Welsh is `/cymraeg/topics/tax/`. */
export function inLanguage(config: SiteConfig, lang: string, sitePath: string): string {
  const language = siteLanguages(config).find((l) => l.code === lang);
  return language && language.prefix !== '/' ? language.prefix + sitePath.slice(1) : sitePath;
}

/** A site path in each of the site's languages, the default's first. */
export const inEachLanguage = (config: SiteConfig) => (sitePath: string) =>
  siteLanguages(config).map((l) => inLanguage(config, l.code, sitePath));

/** The site's languages that have a title for a topic (the default language always does). */
export const topicLanguages = (
  config: SiteConfig,
  topic: { translations?: Record<string, unknown> },
) =>
  siteLanguages(config).filter(
    (l) => l.code === config.language || topic.translations?.[l.code] !== undefined,
  );

/** The site's languages a department is named in, the default language first. */
export const departmentLanguages = (
  config: SiteConfig,
  department: { translations?: Record<string, { name?: string }> },
) =>
  siteLanguages(config)
    .map((l) => l.code)
    .filter((code) => code === config.language || department.translations?.[code]?.name);

/** A department's or topic's own fields in the site's language, else its `translations` entry. */
interface Translatable {
  description?: string;
  translations?: Record<string, { name?: string; title?: string; description?: string }>;
}
export const translatedIn = <T extends Translatable>(config: SiteConfig, item: T, lang: string) =>
  lang === config.language
    ? (item as { name?: string; title?: string; description?: string })
    : item.translations?.[lang];

/** A department's name in a language (the check makes sure a page's language has one). */
export const departmentName = (
  config: SiteConfig,
  d: Translatable & { name: string },
  lang: string,
) => translatedIn(config, d, lang)?.name ?? d.name;

/** A topic's title in a language. */
export const topicTitle = (config: SiteConfig, t: Translatable & { title: string }, lang: string) =>
  translatedIn(config, t, lang)?.title ?? t.title;
