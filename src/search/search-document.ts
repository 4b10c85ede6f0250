import { formatDate } from '../render/dates.ts';
import type { PageView } from '../render/page-view.ts';
import { xmlEscape as escape } from '../render/urls.ts';

/**
 * What Pagefind indexes of a page, from the view its layout prints and its rendered Markdown:
 * the title, summary and body are searched (with the body's heading ids for links into the
 * page); department, type and topic are filters; the published date is the sort key; title,
 * summary, department and date (written in the page's language) are what a result shows. Withdrawn pages are not searchable.
 * The build hands this over as soon as the Markdown is rendered, so Pagefind indexes while the
 * layouts are still being rendered, rather than reading the finished site afterwards.
 */
export function searchDocument(view: PageView, bodyHtml: string): string | undefined {
  if (view.withdrawn) return undefined;
  const filters = [
    ...view.publishers.map((p) => ['department', p.text]),
    ['type', view.typeLabel],
    ...view.topics.map((t) => ['topic', t.text]),
  ].map(([name, value]) => `<span data-pagefind-filter="${name}">${escape(value!)}</span>`);
  return [
    `<!doctype html><html lang="${escape(view.lang)}"><body><main data-pagefind-body>`,
    `<h1>${escape(view.title)}</h1>`,
    `<p data-pagefind-meta="description">${escape(view.description)}</p>`,
    bodyHtml,
    '<div data-pagefind-ignore>',
    ...filters,
    `<span data-pagefind-meta="department">${escape(view.department.name)}</span>`,
    `<time datetime="${escape(view.published)}" data-pagefind-sort="published[datetime]" data-pagefind-meta="published[datetime]"></time>`,
    // Written here, in the page's language, as browsers' date formats lack some (Welsh in Chromium).
    `<span data-pagefind-meta="published_text">${escape(formatDate(view.published, view.lang))}</span>`,
    '</div></main></body></html>',
  ].join('');
}
