import type { Department, Page, SiteModel } from '../content/index.ts';
import { departmentName, inLanguage, topicTitle } from '../content/languages.ts';
import { departmentClass } from './department-colours.ts';
import { languageLinks } from './language-links.ts';
import type { Heading } from './markdown/index.ts';
import { label, type Strings } from './strings.ts';

export interface LinkView {
  text: string;
  href: string;
}

/**
 * What a page's layout shows, worked out from the model: the department and joint publishers,
 * dates, topics, related links, contents and its twins in other languages, with the labels of
 * its own language. Layouts only print it.
 */
export function pageView(
  page: Page,
  model: SiteModel,
  strings: Strings,
  headings: readonly Heading[] = [],
) {
  const { data } = page;
  const lang = data.lang ?? model.config.language;
  const t = (key: string, args?: Record<string, string>) => label(strings, lang, key, args);
  // Names in the page's language; the cross-checks make sure another language has them.
  const nameOf = (d: Department) => departmentName(model.config, d, lang);
  const department = model.departments.get(page.department)!;
  const publishers = [page.department, ...(data.departments ?? [])]
    .filter((slug, i, all) => all.indexOf(slug) === i)
    .map((slug) => model.departments.get(slug))
    .filter((d) => d !== undefined);
  const changes = [...(data.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const newest = changes[0]?.date;
  const topics = (data.topics ?? []).flatMap((slug): LinkView[] => {
    const topic = model.topics[slug];
    return topic
      ? [
          {
            text: topicTitle(model.config, topic, lang),
            href: inLanguage(model.config, lang, `/topics/${slug}/`),
          },
        ]
      : [];
  });

  return {
    title: data.title,
    /** The <title>: GOV.UK marks withdrawn pages there too, so search results and tabs show it. */
    htmlTitle: data.withdrawn ? t('page.withdrawn_title', { title: data.title }) : data.title,
    description: data.description,
    type: data.type,
    typeLabel: t(`type.${data.type}`),
    lang,
    /** This page and its twins, for the language navigation and `hreflang` links. */
    languages: model.twins.has(page.url)
      ? languageLinks(model.config, strings, lang, (code) => model.twins.get(page.url)!.get(code))
      : [],
    url: page.url,
    department: {
      name: nameOf(department),
      slug: department.slug,
      href: inLanguage(model.config, lang, `/departments/${department.slug}/`),
      colourClass: departmentClass(department.slug),
    },
    publishers: publishers.map(
      (d): LinkView => ({
        text: nameOf(d),
        href: inLanguage(model.config, lang, `/departments/${d.slug}/`),
      }),
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
      { text: t('breadcrumbs.home'), href: inLanguage(model.config, lang, '/') },
      topics[0] ?? {
        text: nameOf(department),
        href: inLanguage(model.config, lang, `/departments/${department.slug}/`),
      },
    ] satisfies LinkView[],
  };
}

export type PageView = ReturnType<typeof pageView>;
