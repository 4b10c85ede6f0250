/**
 * What a saved HTML page says about itself in its head: its title, its summary, its dates, its
 * tags, and, for a redirect stub, where it sent readers. CMSs write these in a handful of ways
 * (plain meta names, Open Graph and article properties, Dublin Core, `<time>`); the first one found
 * is taken.
 */
import type { Document, Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { oldSiteDate } from './fields.ts';

export interface HeadFields {
  /** The `<title>`, whole: the site's name is taken off once every page is read (see siteName). */
  title: string;
  summary?: string;
  date?: string;
  updated?: string;
  tags: string[];
  /** A `<meta http-equiv="refresh">` page's target. */
  refresh?: string;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

export function headFields(doc: Document): HeadFields {
  const metas = findAll((el) => el.name === 'meta', doc.children);
  /** The content of the first meta whose name or property is one of `names`, in that order. */
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = metas.find(
        (m) =>
          (getAttributeValue(m, 'name') ?? getAttributeValue(m, 'property'))?.toLowerCase() ===
          name,
      );
      const content = el && getAttributeValue(el, 'content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const time = findOne(
    (el) => el.name === 'time' && !!getAttributeValue(el, 'datetime'),
    doc.children,
  );
  const titleElement = findOne((el) => el.name === 'title', doc.children);
  const refresh = metas.find(
    (m) => getAttributeValue(m, 'http-equiv')?.toLowerCase() === 'refresh',
  );
  return {
    title: words(titleElement ? textContent(titleElement) : ''),
    summary: meta('description', 'og:description', 'dc.description'),
    date: oldSiteDate(
      meta('date', 'article:published_time', 'dc.date', 'dcterms.created') ??
        (time ? getAttributeValue(time, 'datetime') : undefined),
    ),
    updated: oldSiteDate(meta('article:modified_time', 'last-modified', 'dcterms.modified')),
    tags: metas
      .filter((m) => getAttributeValue(m, 'property') === 'article:tag')
      .map((m) => getAttributeValue(m, 'content')?.trim() ?? '')
      .filter(Boolean),
    refresh:
      refresh &&
      /url\s*=\s*['"]?([^'"\s]+)/i.exec(getAttributeValue(refresh, 'content') ?? '')?.[1],
  };
}

/** The first `<h1>`'s text, for a page whose `<title>` is empty. */
export const firstHeading = (root: Element | Document) => {
  const h1 = findOne((el) => el.name === 'h1', root.children);
  return h1 ? words(textContent(h1)) : '';
};

const SEPARATOR = /\s+[|–—·•:-]{1,2}\s+/;

/**
 * The site's name in its pages' titles (`Register for VAT | Tax Office`): the first or last part
 * that most titles share. A site of one page has its last part taken as the name.
 */
export function siteName(titles: readonly string[]): { prefix?: string; suffix?: string } {
  const count = (parts: (string | undefined)[]) => {
    const seen = new Map<string, number>();
    for (const part of parts) if (part) seen.set(part, (seen.get(part) ?? 0) + 1);
    const [best] = [...seen].sort((a, b) => b[1] - a[1]);
    return best && (best[1] >= 2 || titles.length === 1) ? best[0] : undefined;
  };
  const split = titles.map((t) => t.split(SEPARATOR)).filter((parts) => parts.length > 1);
  return { prefix: count(split.map((p) => p[0])), suffix: count(split.map((p) => p.at(-1))) };
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A title without the site's name, and without the separator beside it. */
export function withoutSiteName(title: string, name: { prefix?: string; suffix?: string }): string {
  const sep = SEPARATOR.source;
  const cut = name.suffix
    ? title.replace(new RegExp(`${sep}${literally(name.suffix)}$`), '')
    : title;
  return cut !== title || !name.prefix
    ? cut
    : title.replace(new RegExp(`^${literally(name.prefix)}${sep}`), '');
}
