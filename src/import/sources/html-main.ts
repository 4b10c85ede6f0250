/**
 * A saved page's own content, without the site around it: the element the CMS marked as the main
 * content, else the body without its header, navigation, footer and sidebars; then written as
 * Markdown with turndown, as `npm run check -- --fix` writes HTML. Tables stay HTML (safe, and
 * turndown has no tables); embedded frames and forms, which our pages refuse, become a link or go,
 * each named with its line in the saved file.
 */
import render from 'dom-serializer';
import type { ChildNode, Document, Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, removeElement, replaceElement } from 'domutils';
import { escapeAttribute, escapeText } from 'entities';
import { parseDocument } from 'htmlparser2';
import { htmlToMarkdown } from '../../check/fix/html-to-markdown.ts';
import { type ImportNote, lineAt, note } from '../notes.ts';
import { tableMarkdown } from './html-table.ts';

const fragment = (html: string) => parseDocument(html).children[0] as ChildNode;
const hasClass = (el: Element, name: string) =>
  (getAttributeValue(el, 'class') ?? '').split(/\s+/).includes(name);
/** Where CMSs put a page's own content, best first. */
const MAIN: ((el: Element) => boolean)[] = [
  (el) => el.name === 'main',
  (el) => getAttributeValue(el, 'role') === 'main',
  (el) => el.name === 'article',
  (el) => getAttributeValue(el, 'id') === 'content' || hasClass(el, 'content'),
];
/** Never content, wherever it is. */
const NOT_CONTENT = /^(script|style|noscript|template|nav|link|meta|button)$/;
const NOT_CONTENT_ROLES = /^(navigation|banner|contentinfo|search|complementary)$/;
/** The site around the content, when there is no main element to take: by element, id or class. */
const CHROME = /^(header|footer|aside)$/;
const CHROME_NAMES = /^(header|footer|sidebar|menu|navigation|nav|breadcrumbs?|masthead)$/i;
const isChrome = (el: Element) =>
  CHROME.test(el.name) ||
  [getAttributeValue(el, 'id') ?? '', ...(getAttributeValue(el, 'class') ?? '').split(/\s+/)].some(
    (name) => CHROME_NAMES.test(name),
  );

/** A video player's address as the page readers watch it on. */
const watchUrl = (src: string) =>
  src
    .replace(
      /^(https?:)?\/\/(www\.)?youtube(-nocookie)?\.com\/embed\/([\w-]+).*$/,
      'https://www.youtube.com/watch?v=$4',
    )
    .replace(/^(https?:)?\/\/player\.vimeo\.com\/video\/(\d+).*$/, 'https://vimeo.com/$2');

export function mainContent(doc: Document): Element | Document {
  for (const test of MAIN) {
    const found = findAll(test, doc.children);
    // Several articles make a listing page, whose content is more than its first article.
    if (found.length === 1 || (found[0] && found[0].name !== 'article')) return found[0]!;
  }
  const body = findOne((el) => el.name === 'body', doc.children) ?? doc;
  for (const el of findAll(isChrome, body.children)) removeElement(el);
  return body;
}

interface Where {
  file: string;
  /** The saved page, to name lines of it. */
  html: string;
}

export function mainMarkdown(
  main: Element | Document,
  where: Where,
): { body: string; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const line = (el: Element) => lineAt(where.html, el.startIndex ?? 0, 1);
  const drop = (el: Element) =>
    NOT_CONTENT.test(el.name) || NOT_CONTENT_ROLES.test(getAttributeValue(el, 'role') ?? '');
  for (const el of findAll(drop, main.children)) removeElement(el);
  // The page's title is its heading on our site: the old page's first heading would repeat it.
  const h1 = findOne((el) => el.name === 'h1', main.children);
  if (h1) removeElement(h1);
  for (const el of findAll((e) => /^(iframe|embed|object)$/.test(e.name), main.children)) {
    const src = watchUrl(getAttributeValue(el, 'src') ?? getAttributeValue(el, 'data') ?? '');
    const title = getAttributeValue(el, 'title') ?? src;
    notes.push(
      note(
        'unconverted',
        where.file,
        line(el),
        `An embedded <${el.name}> (${src}) is a link to it now: our pages show no frames.`,
      ),
    );
    const link = `<p><a href="${escapeAttribute(src)}">${escapeText(title)}</a></p>`;
    if (src) replaceElement(el, fragment(link));
    else removeElement(el);
  }
  for (const form of findAll((e) => e.name === 'form', main.children)) {
    notes.push(
      note(
        'unconverted',
        where.file,
        line(form),
        'A form is left out: our pages collect no data. Link to the service that does.',
      ),
    );
    removeElement(form);
  }
  const tables: string[] = [];
  for (const table of findAll((e) => e.name === 'table', main.children)) {
    // As HTML, on one line: a blank line inside would end the HTML block in Markdown.
    const written =
      tableMarkdown(table) ?? render(table, { encodeEntities: 'utf8' }).replace(/>\s+</g, '><');
    replaceElement(table, fragment(`<p>IMPORTTABLE${tables.push(written) - 1}</p>`));
  }
  const html = render(main.children, { encodeEntities: 'utf8' });
  const body = htmlToMarkdown(html).replace(
    /IMPORTTABLE(\d+)/g,
    (_, n: string) => tables[Number(n)]!,
  );
  return { body, notes };
}
