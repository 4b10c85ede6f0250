import type { SiteModel } from '../../content/index.ts';
import type { LinkView } from '../page-view.ts';
import { groupByType } from './listing.ts';

/** A topic's page: its description and every page tagged with it, grouped by type. */
export function topicView(model: SiteModel, slug: string) {
  const topic = model.topics[slug];
  if (!topic) throw new Error(`No topic "${slug}" in topics.yml.`);
  const pages = model.pages.filter((p) => (p.data.topics ?? []).includes(slug));
  const departments = [...new Set(pages.map((p) => p.department))]
    .map((d) => model.departments.get(d))
    .filter((d) => d !== undefined)
    .map((d): LinkView => ({ text: d.name, href: `/departments/${d.slug}/` }))
    .sort((a, b) => a.text.localeCompare(b.text, 'en'));
  return {
    title: topic.title,
    description: topic.description,
    groups: groupByType(pages),
    departments,
    breadcrumbs: [{ text: 'Home', href: '/' }] satisfies LinkView[],
  };
}
