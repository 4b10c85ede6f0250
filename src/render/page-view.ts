import type { Page, SiteModel } from '../content/index.ts';
import { departmentClass } from './department-colours.ts';
import type { Heading } from './markdown/index.ts';

export interface LinkView {
  text: string;
  href: string;
}

/**
 * What a page's layout shows, worked out from the model: the department and joint publishers,
 * dates, topics, related links and contents. Layouts only print it.
 */
export function pageView(page: Page, model: SiteModel, headings: readonly Heading[] = []) {
  const { data } = page;
  const department = model.departments.get(page.department)!;
  const publishers = [page.department, ...(data.departments ?? [])]
    .filter((slug, i, all) => all.indexOf(slug) === i)
    .map((slug) => model.departments.get(slug))
    .filter((d) => d !== undefined);
  const changes = [...(data.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const newest = changes[0]?.date;
  const topics = (data.topics ?? []).flatMap((slug): LinkView[] => {
    const topic = model.topics[slug];
    return topic ? [{ text: topic.title, href: `/topics/${slug}/` }] : [];
  });

  return {
    title: data.title,
    /** The <title>: GOV.UK marks withdrawn pages there too, so search results and tabs show it. */
    htmlTitle: data.withdrawn ? `[Withdrawn] ${data.title}` : data.title,
    description: data.description,
    type: data.type,
    typeLabel: TYPE_LABELS[data.type],
    lang: data.lang ?? model.config.language,
    url: page.url,
    department: {
      name: department.name,
      slug: department.slug,
      href: `/departments/${department.slug}/`,
      colourClass: departmentClass(department.slug),
    },
    publishers: publishers.map(
      (d): LinkView => ({ text: d.name, href: `/departments/${d.slug}/` }),
    ),
    published: data.published,
    lastUpdated: newest && newest > data.published ? newest : undefined,
    changes,
    topics,
    related: (data.related ?? []).map(
      (url): LinkView => ({ text: model.pageByUrl.get(url)?.data.title ?? url, href: url }),
    ),
    withdrawn: data.withdrawn,
    /** Only the preview renders drafts; it marks them so no one takes one for a published page. */
    draft: Boolean(data.draft),
    /** Withdrawn pages stay readable but leave search engines' indexes. */
    noindex: Boolean(data.withdrawn),
    startUrl: data.start_url,
    contents: headings
      .filter((h) => h.level === 2)
      .map((h): LinkView => ({ text: h.text, href: `#${h.id}` })),
    // Home, then where a citizen would browse to the page: its first topic, else its department.
    breadcrumbs: [
      { text: 'Home', href: '/' },
      topics[0] ?? { text: department.name, href: `/departments/${department.slug}/` },
    ] satisfies LinkView[],
  };
}

export const TYPE_LABELS = {
  guide: 'Guide',
  news: 'News story',
  service: 'Service',
  page: 'Page',
} as const;

export type PageView = ReturnType<typeof pageView>;
