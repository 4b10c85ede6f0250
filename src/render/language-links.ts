import { siteLanguages } from '../content/languages.ts';
import type { SiteConfig } from '../content/schema.ts';
import { label, type Strings } from './strings.ts';

/** A language of a page in govuk-frontend's language navigation: another version, or this one. */
export interface LanguageLink {
  text: string;
  lang: string;
  href?: string;
  languageDescriptionText?: string;
}

/**
 * The page's versions in the site's languages, in the site's order: `lang` is this one, `hrefOf`
 * gives the others' site paths (none: that language has no version, and is left out).
 */
export function languageLinks(
  config: SiteConfig,
  strings: Strings,
  lang: string,
  hrefOf: (code: string) => string | undefined,
): LanguageLink[] {
  return siteLanguages(config).flatMap(({ code }): LanguageLink[] => {
    const text = label(strings, code, 'language_name');
    if (code === lang) return [{ text, lang: code }];
    const href = hrefOf(code);
    if (!href) return [];
    return [
      { text, lang: code, href, languageDescriptionText: label(strings, code, 'change_language') },
    ];
  });
}
