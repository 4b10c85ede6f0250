import type { SiteModel } from '../../content/index.ts';
import type { LinkView } from '../page-view.ts';
import { departmentsAtoZ } from './departments.ts';
import { newestFirst, pageSummary } from './listing.ts';

export interface LinkWithSummary extends LinkView {
  description?: string;
}

/** The home page: every topic, every department, and the latest news across the site. */
export function homeView(model: SiteModel) {
  return {
    title: model.config.name,
    description: `Services and information from ${model.departments.size} departments in one place.`,
    topics: Object.entries(model.topics)
      .map(
        ([slug, t]): LinkWithSummary => ({
          text: t.title,
          href: `/topics/${slug}/`,
          description: t.description,
        }),
      )
      .sort((a, b) => a.text.localeCompare(b.text, 'en')),
    departments: departmentsAtoZ(model).flatMap((letter) => letter.departments),
    latestNews: model.pages
      .filter((p) => p.data.type === 'news' && !p.data.withdrawn)
      .map(pageSummary)
      .sort(newestFirst)
      .slice(0, 5),
  };
}
