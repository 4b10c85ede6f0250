import sanitizeHtml from 'sanitize-html';
import {
  ALLOWED_ELEMENTS,
  CLASS_EQUIVALENTS,
  GLOBAL_ATTRIBUTES,
  GOVUK_CLASSES,
  SAFE_SCHEMES,
  URL_ATTRIBUTES,
} from './html-policy.ts';

/**
 * Where each URL written in raw HTML leads once checked: a page's Markdown file becomes its URL;
 * `null` drops a URL that was refused.
 */
export type CheckedUrls = ReadonlyMap<string, string | null>;

/** Where raw HTML's own `class` goes before sanitising, so it cannot pass for ours. */
export const AUTHORED_CLASS = 'data-authored-class';

/** How an image written in raw HTML gets the sizes and widths of a Markdown one. */
export type ImageAttributesOf = (src: string) => Record<string, string> | undefined;

const VOID_ELEMENTS = ['img', 'br', 'hr', 'wbr', 'col', 'source', 'track'] as const;

const withClass = (existing: string | undefined, added: string | undefined) => {
  if (!added) return existing;
  const classes = new Set((existing ?? '').split(/\s+/).filter(Boolean));
  for (const c of added.split(' ')) classes.add(c);
  return [...classes].join(' ');
};

function transform(
  checked: CheckedUrls,
  imageAttributesOf: ImageAttributesOf,
): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const out: sanitizeHtml.Attributes = {};
    for (const [name, value] of Object.entries(attribs)) {
      if (name === 'target') continue; // GOV.UK links open in the same tab.
      if (name === 'srcset') {
        const candidates = value
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
          .flatMap((candidate) => {
            const [url = '', ...descriptor] = candidate.split(/\s+/);
            const to = checked.has(url) ? checked.get(url) : url;
            return to ? [[to, ...descriptor].join(' ')] : [];
          });
        if (candidates.length) out[name] = candidates.join(', ');
        continue;
      }
      if ((URL_ATTRIBUTES as readonly string[]).includes(name) && checked.has(value)) {
        const url = checked.get(value);
        if (url !== null && url !== undefined) out[name] = url;
        continue;
      }
      out[name] = value;
    }
    // Markdown's images have theirs already (they alone carry `decoding`); raw HTML's get them here.
    if (tagName === 'img' && out.src && !out.decoding)
      Object.assign(out, imageAttributesOf(out.src));
    // An old anchor, <a name="top">, still answers links to #top.
    if (tagName === 'a' && out.name && !out.id) out.id = out.name;
    // Classes are ours, never the author's (raw-html.ts renamed theirs): an element that has some
    // came from Markdown or a component; one that has none gets what its Markdown would.
    const authored = (out[AUTHORED_CLASS] ?? '')
      .split(/\s+/)
      .flatMap((c) => CLASS_EQUIVALENTS[c] ?? []);
    const cls = out.class ?? withClass(authored.join(' '), GOVUK_CLASSES[tagName]);
    if (cls) out.class = cls;
    return { tagName, attribs: out };
  };
}

const baseOptions = {
  allowedTags: Object.keys(ALLOWED_ELEMENTS),
  allowedAttributes: {
    ...Object.fromEntries(
      Object.entries(ALLOWED_ELEMENTS).map(([tag, attributes]) => [tag, [...attributes]]),
    ),
    '*': [...GLOBAL_ATTRIBUTES, 'class'],
  },
  allowedClasses: { '*': ['govuk-*', 'app-*'] },
  allowedSchemes: [...SAFE_SCHEMES],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: [...URL_ATTRIBUTES],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title'],
  parseStyleAttributes: false,
  // Void elements written as void, as html-validate expects.
  selfClosing: [...VOID_ELEMENTS],
} satisfies sanitizeHtml.IOptions;

/**
 * The HTML of a page body that held raw HTML, sanitised against the policy with sanitize-html:
 * refused elements and attributes gone, GOV.UK classes on what remains, URLs as checked.
 */
export function sanitizeBody(
  html: string,
  checked: CheckedUrls,
  imageAttributesOf: ImageAttributesOf = () => undefined,
): string {
  const transformer = transform(checked, imageAttributesOf);
  const clean = sanitizeHtml(html, {
    ...baseOptions,
    transformTags: Object.fromEntries(
      Object.keys(ALLOWED_ELEMENTS).map((tag) => [tag, transformer]),
    ),
  });
  // sanitize-html writes void elements as `<br />`; the rest of the page writes `<br>`. Its
  // attribute values have `>` escaped, so the first `>` after the name ends the tag.
  return clean.replace(VOID_SELF_CLOSED, '<$1$2>');
}

const VOID_SELF_CLOSED = new RegExp(`<(${VOID_ELEMENTS.join('|')})\\b([^>]*?) \\/>`, 'g');
