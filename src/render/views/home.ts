import type { SiteModel } from '../../content/index.ts';
import { inLanguage, pageLanguage, translatedIn } from '../../content/languages.ts';
import { languageLinks } from '../language-links.ts';
import type { LinkView } from '../page-view.ts';
import { label, type Strings } from '../strings.ts';
import { departmentsAtoZ } from './departments.ts';
import { newestFirst, pageSummary } from './listing.ts';

export interface LinkWithSummary extends LinkView {
  description?: string;
}

/**
 * The home page in one of the site's languages: the topics named in it, every department, and
 * the latest news in it. Each language's home page links to the others.
 */
export function homeView(model: SiteModel, lang: string, strings: Strings) {
  const t = (key: string, args?: Record<string, string>) => label(strings, lang, key, args);
  return {
    lang,
    title: model.config.name,
    description: t('home.description', { count: String(model.departments.size) }),
    topics: Object.entries(model.topics)
      .flatMap(([slug, topic]): LinkWithSummary[] => {
        const named = translatedIn(model.config, topic, lang);
        if (!named?.title) return [];
        const href = inLanguage(model.config, lang, `/topics/${slug}/`);
        return [{ text: named.title, href, description: named.description ?? topic.description }];
      })
      .sort((a, b) => a.text.localeCompare(b.text, lang)),
    // In another language, the departments named in it.
    departments: departmentsAtoZ(model, lang).flatMap((letter) => letter.departments),
    latestNews: model.pages
      .filter(
        (p) =>
          p.data.type === 'news' && !p.data.withdrawn && pageLanguage(p, model.config) === lang,
      )
      .map(pageSummary)
      .sort(newestFirst)
      .slice(0, 5),
    languages: languageLinks(model.config, strings, lang, (code) =>
      inLanguage(model.config, code, '/'),
    ),
  };
}
