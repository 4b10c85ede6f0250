import type { Department, SiteModel } from '../../content/index.ts';
import {
  departmentLanguages,
  inLanguage,
  pageLanguage,
  translatedIn,
} from '../../content/languages.ts';
import { departmentClass } from '../department-colours.ts';
import { languageLinks } from '../language-links.ts';
import type { LinkView } from '../page-view.ts';
import { label, type Strings } from '../strings.ts';
import { feedPath, feedTitle } from './feed.ts';
import { groupByType, pagesOf } from './listing.ts';

export interface DepartmentLink extends LinkView {
  acronym?: string;
  description?: string;
}

/** A department's name and description in a language; none when it has no name in it. */
export function departmentIn(model: SiteModel, d: Department, lang: string) {
  const named = translatedIn(model.config, d, lang);
  return named?.name ? { name: named.name, description: named.description } : undefined;
}

/**
 * Departments grouped under the first letter of their name, A to Z, as GOV.UK lists
 * organisations: in a language, the departments named in it, each linking to its page in it.
 */
export function departmentsAtoZ(
  model: SiteModel,
  lang = model.config.language,
): { letter: string; departments: DepartmentLink[] }[] {
  const named = [...model.departments.values()].flatMap((d) => {
    const shown = departmentIn(model, d, lang);
    return shown ? [{ d, ...shown }] : [];
  });
  named.sort((a, b) => a.name.localeCompare(b.name, lang));
  const letters = new Map<string, DepartmentLink[]>();
  for (const { d, name, description } of named) {
    const letter = name.charAt(0).toUpperCase();
    letters.set(letter, [
      ...(letters.get(letter) ?? []),
      {
        text: name,
        href: inLanguage(model.config, lang, `/departments/${d.slug}/`),
        acronym: d.acronym,
        description,
      },
    ]);
  }
  return [...letters].map(([letter, departments]) => ({ letter, departments }));
}

/** The A to Z page of a language: its labels and the other languages' versions. */
export function departmentsPageView(model: SiteModel, lang: string, strings: Strings) {
  const t = (key: string, args?: Record<string, string>) => label(strings, lang, key, args);
  return {
    lang,
    title: t('navigation.departments'),
    description: t('departments.description', { site: model.config.name }),
    letters: departmentsAtoZ(model, lang),
    breadcrumbs: [{ text: t('breadcrumbs.home'), href: inLanguage(model.config, lang, '/') }],
    languages: languageLinks(model.config, strings, lang, (code) =>
      inLanguage(model.config, code, '/departments/'),
    ),
  };
}

/**
 * A department's own page in a language: who it is, and what it publishes in that language
 * grouped by type, news first.
 */
export function departmentView(model: SiteModel, slug: string, lang: string, strings: Strings) {
  const department = model.departments.get(slug);
  if (!department) throw new Error(`No department "${slug}" in the site model.`);
  const t = (key: string, args?: Record<string, string>) => label(strings, lang, key, args);
  const shown = departmentIn(model, department, lang) ?? {
    name: department.name,
    description: undefined,
  };
  const groups = groupByType(
    pagesOf(model.pages, slug).filter((p) => pageLanguage(p, model.config) === lang),
  );
  const versions = new Set(departmentLanguages(model.config, department));
  return {
    lang,
    title: shown.name,
    acronym: department.acronym,
    description:
      shown.description ??
      t('departments.what_it_publishes', { name: shown.name, site: model.config.name }),
    colourClass: departmentClass(slug),
    groups,
    feed: groups.some((g) => g.type === 'news')
      ? { href: feedPath(model.config, lang, slug), title: feedTitle(model, slug, lang, strings) }
      : undefined,
    breadcrumbs: [
      { text: t('breadcrumbs.home'), href: inLanguage(model.config, lang, '/') },
      { text: t('navigation.departments'), href: inLanguage(model.config, lang, '/departments/') },
    ] satisfies LinkView[],
    languages: languageLinks(model.config, strings, lang, (code) =>
      versions.has(code) ? inLanguage(model.config, code, `/departments/${slug}/`) : undefined,
    ),
  };
}
