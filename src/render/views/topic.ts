import type { SiteModel } from '../../content/index.ts';
import {
  departmentName,
  inLanguage,
  pageLanguage,
  topicLanguages,
  translatedIn,
} from '../../content/languages.ts';
import { languageLinks } from '../language-links.ts';
import type { LinkView } from '../page-view.ts';
import { label, type Strings } from '../strings.ts';
import { groupByType } from './listing.ts';

/**
 * A topic's page in one of the site's languages: its title and description in it, every page
 * in it tagged with the topic, grouped by type, and the departments that publish them.
 */
export function topicView(model: SiteModel, slug: string, lang: string, strings: Strings) {
  const topic = model.topics[slug];
  if (!topic) throw new Error(`No topic "${slug}" in topics.yml.`);
  const named = translatedIn(model.config, topic, lang);
  const pages = model.pages.filter(
    (p) => (p.data.topics ?? []).includes(slug) && pageLanguage(p, model.config) === lang,
  );
  const departments = [...new Set(pages.map((p) => p.department))]
    .map((d) => model.departments.get(d))
    .filter((d) => d !== undefined)
    .map(
      (d): LinkView => ({
        text: departmentName(model.config, d, lang),
        href: inLanguage(model.config, lang, `/departments/${d.slug}/`),
      }),
    )
    .sort((a, b) => a.text.localeCompare(b.text, lang));
  const versions = new Set(topicLanguages(model.config, topic).map((l) => l.code));
  return {
    lang,
    title: named?.title ?? topic.title,
    description: named?.description ?? topic.description,
    groups: groupByType(pages),
    departments,
    breadcrumbs: [
      { text: label(strings, lang, 'breadcrumbs.home'), href: inLanguage(model.config, lang, '/') },
    ] satisfies LinkView[],
    languages: languageLinks(model.config, strings, lang, (code) =>
      versions.has(code) ? inLanguage(model.config, code, `/topics/${slug}/`) : undefined,
    ),
  };
}
