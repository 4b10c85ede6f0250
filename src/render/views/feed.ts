import type { SiteModel } from '../../content/index.ts';
import { departmentName, inLanguage, pageLanguage } from '../../content/languages.ts';
import type { SiteConfig } from '../../content/schema.ts';
import { label, type Strings } from '../strings.ts';
import { absoluteUrl, xmlEscape } from '../urls.ts';
import { newestFirst, pageSummary, pagesOf } from './listing.ts';

/** Where a department's news feed in a language is published: `/cymraeg/departments/<slug>/news.xml`. */
export const feedPath = (config: SiteConfig, lang: string, slug: string) =>
  inLanguage(config, lang, `/departments/${slug}/news.xml`);

/** The feed's name in its language, e.g. "Newyddion Adran Drafnidiaeth": title and link text. */
export const feedTitle = (model: SiteModel, slug: string, lang: string, strings: Strings) =>
  label(strings, lang, 'departments.news_feed', {
    name: departmentName(model.config, model.departments.get(slug)!, lang),
  });

/**
 * An Atom 1.0 feed (RFC 4287) of a department's news in one language, newest first, with absolute
 * URLs so feed readers resolve them whatever the site's path prefix. Entry ids are the pages'
 * URLs, which the content rules keep stable.
 */
export function departmentFeed(
  model: SiteModel,
  slug: string,
  lang: string,
  strings: Strings,
): string {
  const department = model.departments.get(slug);
  if (!department) throw new Error(`No department "${slug}" in the site model.`);
  const { config } = model;
  const site = config.url;
  const news = pagesOf(model.pages, slug)
    .filter((p) => p.data.type === 'news' && pageLanguage(p, config) === lang)
    .map(pageSummary)
    .sort(newestFirst);
  const updated =
    news
      .map((n) => n.updated)
      .sort()
      .at(-1) ?? '1970-01-01';
  const time = (date: string) => `${date}T00:00:00Z`;
  const self = absoluteUrl(site, feedPath(config, lang, slug));
  const entries = news.map(
    (n) => `  <entry>
    <title>${xmlEscape(n.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(absoluteUrl(site, n.href))}"/>
    <id>${xmlEscape(absoluteUrl(site, n.href))}</id>
    <published>${time(n.published)}</published>
    <updated>${time(n.updated)}</updated>
    <summary>${xmlEscape(n.description)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(lang)}">
  <title>${xmlEscape(`${feedTitle(model, slug, lang, strings)} - ${config.name}`)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(absoluteUrl(site, inLanguage(config, lang, `/departments/${slug}/`)))}"/>
  <id>${xmlEscape(self)}</id>
  <updated>${time(updated)}</updated>
  <author><name>${xmlEscape(departmentName(config, department, lang))}</name></author>
${entries.join('\n')}
</feed>
`;
}
