import { Parser } from 'htmlparser2';

/**
 * Which raw HTML `--fix` writes as Markdown: only what plain CommonMark says just as well, so the
 * page reads the same. Anything else (a class, a table, a <div>, a link to "#top") is left as it is.
 */

const INLINE = ['a', 'strong', 'b', 'em', 'i', 'code', 'br', 'img'];
const VOID = new Set(['br', 'img']);

/** What each element may hold; `root` is the top of an HTML block. */
const HOLDS: Readonly<Record<string, readonly string[]>> = {
  root: ['p', 'h2', 'h3', 'h4', 'ul', 'ol', ...INLINE],
  p: INLINE,
  h2: INLINE,
  h3: INLINE,
  h4: INLINE,
  ul: ['li'],
  ol: ['li'],
  li: ['p', 'ul', 'ol', ...INLINE],
  a: INLINE.filter((name) => name !== 'a'),
  strong: INLINE,
  b: INLINE,
  em: INLINE,
  i: INLINE,
  code: [],
};

/** The attributes Markdown can say, for the elements that have any. */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
};

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A link Markdown writes as well: http(s), mailto and tel, a site path, or a page's .md file. */
export function isMarkdownHref(href: string): boolean {
  if (/[\s<>]/.test(href) || href === '') return false;
  if (SCHEME.test(href)) return /^(https?:\/\/.|mailto:.|tel:.)/i.test(href);
  if (href.startsWith('/')) return !href.startsWith('//');
  return /^[^?#]+\.md(#.*)?$/.test(href);
}

/** An image file Markdown can show: on this site (a site path or a file beside the page), or https. */
const isMarkdownSrc = (src: string) =>
  src !== '' &&
  !/[\s<>]/.test(src) &&
  !src.startsWith('//') &&
  (!SCHEME.test(src) || /^https?:\/\/./i.test(src));

function convertibleElement(name: string, attributes: Record<string, string>): boolean {
  const allowed = ATTRIBUTES[name] ?? [];
  if (!Object.keys(attributes).every((a) => allowed.includes(a))) return false;
  if (name === 'a') return attributes.href !== undefined && isMarkdownHref(attributes.href);
  // alt="" is decoration, written ![""](...); alt of only spaces would read as missing.
  if (name === 'img')
    return (
      attributes.src !== undefined &&
      isMarkdownSrc(attributes.src) &&
      attributes.alt !== undefined &&
      (attributes.alt === '' || attributes.alt.trim() !== '')
    );
  return true;
}

/**
 * The names of the outermost elements of a piece of raw HTML when all of it can be written in
 * Markdown, else undefined: elements only, with no text outside them. `inline` is the HTML of
 * a span in a paragraph, where a line break is left to be fixed on its own (a backslash cannot
 * end a line inside a heading).
 */
export function convertibleElements(html: string, { inline = false } = {}): string[] | undefined {
  const open: string[] = [];
  const outermost: string[] = [];
  let convertible = true;
  let closed = 0;
  const refuse = () => {
    convertible = false;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes, implied) {
        const parent = open.at(-1);
        const holds = parent ? (HOLDS[parent] ?? []) : inline ? INLINE : HOLDS.root!;
        if (
          implied ||
          !holds.includes(name) ||
          !convertibleElement(name, attributes) ||
          (inline && name === 'br')
        )
          refuse();
        if (!parent && name !== 'br') outermost.push(name);
        if (!VOID.has(name)) open.push(name);
      },
      onclosetag(name, implied) {
        if (VOID.has(name)) return;
        // Closed only because the HTML ended or another tag implied it: left as written.
        if (implied) refuse();
        else closed++;
        open.pop();
      },
      ontext(text) {
        const parent = open.at(-1);
        // Lines of text after a tag in an HTML block are usually Markdown the writer meant, shown as
        // typed (HTML_BLOCK_HOLDS_MARKDOWN): a person decides what they should say.
        if ((parent === undefined || parent === 'ul' || parent === 'ol') && text.trim()) refuse();
      },
      oncomment: refuse,
      onprocessinginstruction: refuse,
      oncdatastart: refuse,
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(html);
  // A closing tag with nothing open is passed over by the parser, but not by the page.
  const closingTags = html.match(/<\/[a-z]/gi)?.length ?? 0;
  if (closingTags !== closed || outermost.length === 0) return undefined;
  return convertible ? outermost : undefined;
}
