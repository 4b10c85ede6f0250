import type { SiteModel } from '../../content/index.ts';
import { absoluteUrl, xmlEscape } from '../urls.ts';
import { newestFirst, pageSummary, pagesOf } from './listing.ts';

/** Where a department's news feed is published. */
export const feedPath = (slug: string) => `/departments/${slug}/news.xml`;

/**
 * An Atom 1.0 feed (RFC 4287) of a department's news, newest first, with absolute URLs so feed
 * readers resolve them whatever the site's path prefix. Entry ids are the pages' URLs, which the
 * content rules keep stable.
 */
export function departmentFeed(model: SiteModel, slug: string): string {
  const department = model.departments.get(slug);
  if (!department) throw new Error(`No department "${slug}" in the site model.`);
  const site = model.config.url;
  const news = pagesOf(model.pages, slug)
    .filter((p) => p.data.type === 'news')
    .map(pageSummary)
    .sort(newestFirst);
  const updated =
    news
      .map((n) => n.updated)
      .sort()
      .at(-1) ?? '1970-01-01';
  const time = (date: string) => `${date}T00:00:00Z`;
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
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(model.config.language)}">
  <title>${xmlEscape(`${department.name} news - ${model.config.name}`)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(absoluteUrl(site, feedPath(slug)))}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(absoluteUrl(site, `/departments/${slug}/`))}"/>
  <id>${xmlEscape(absoluteUrl(site, feedPath(slug)))}</id>
  <updated>${time(updated)}</updated>
  <author><name>${xmlEscape(department.name)}</name></author>
${entries.join('\n')}
</feed>
`;
}
