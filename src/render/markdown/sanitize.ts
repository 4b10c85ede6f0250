import sanitizeHtml from 'sanitize-html';
import { ALLOWED_ELEMENTS, CLASS_EQUIVALENTS, GLOBAL_ATTRIBUTES, GOVUK_CLASSES, SAFE_SCHEMES, URL_ATTRIBUTES } from './html-policy.ts';

/**
 * Where each URL written in raw HTML leads once checked: a page's Markdown file becomes its URL;
 * `null` drops a URL that was refused.
 */
export type CheckedUrls = ReadonlyMap<string, string | null>;

const withClass = (existing: string | undefined, added: string | undefined) => {
  if (!added) return existing;
  const classes = new Set((existing ?? '').split(/\s+/).filter(Boolean));
  for (const c of added.split(' ')) classes.add(c);
  return [...classes].join(' ');
};

function transform(checked: CheckedUrls): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const out: sanitizeHtml.Attributes = {};
    for (const [name, value] of Object.entries(attribs)) {
      if (name === 'target') continue; // GOV.UK links open in the same tab.
      if ((URL_ATTRIBUTES as readonly string[]).includes(name) && name !== 'srcset' && checked.has(value)) {
        const url = checked.get(value);
        if (url !== null && url !== undefined) out[name] = url;
        continue;
      }
      out[name] = value;
    }
    // Ours, never the old site's: the sanitiser keeps only govuk- and app- classes.
    const kept = (out.class ?? '').split(/\s+/).map((c) => CLASS_EQUIVALENTS[c] ?? c).join(' ');
    const cls = withClass(kept, GOVUK_CLASSES[tagName]);
    if (cls) out.class = cls;
    return { tagName, attribs: out };
  };
}

const baseOptions = {
  allowedTags: Object.keys(ALLOWED_ELEMENTS),
  allowedAttributes: {
    ...Object.fromEntries(Object.entries(ALLOWED_ELEMENTS).map(([tag, attributes]) => [tag, [...attributes]])),
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
  selfClosing: ['img', 'br', 'hr', 'wbr', 'col', 'source', 'track'],
} satisfies sanitizeHtml.IOptions;

/**
 * The HTML of a page body that held raw HTML, sanitised against the policy with sanitize-html:
 * refused elements and attributes gone, GOV.UK classes on what remains, URLs as checked.
 */
export function sanitizeBody(html: string, checked: CheckedUrls): string {
  const transformer = transform(checked);
  const clean = sanitizeHtml(html, {
    ...baseOptions,
    transformTags: Object.fromEntries(Object.keys(ALLOWED_ELEMENTS).map((tag) => [tag, transformer])),
  });
  // sanitize-html writes void elements as `<br />`; the rest of the page writes `<br>`. Its
  // attribute values have `>` escaped, so the first `>` after the name ends the tag.
  return clean.replace(VOID_SELF_CLOSED, '<$1$2>');
}

const VOID_SELF_CLOSED = /<(img|br|hr|wbr|col|source|track)\b([^>]*?) \/>/g;
