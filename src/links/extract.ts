import { decodeHTMLAttribute } from 'entities';

export interface FoundLink {
  /** The element and attribute, e.g. `a href`. */
  via: string;
  url: string;
  line: number;
}

export interface PageLinks {
  ids: Set<string>;
  links: FoundLink[];
}

/** The attribute of each element that links, and the `via` its links are reported with. */
const LINK_ATTRIBUTES: Record<string, [attribute: string, via: string]> = {
  a: ['href', 'a href'],
  link: ['href', 'link href'],
  script: ['src', 'script src'],
  img: ['src', 'img src'],
  source: ['src', 'source src'],
  form: ['action', 'form action'],
};

/**
 * A comment, or a start tag with its attributes (quoted values may hold `>`), or the raw text of
 * a script or style element, which may hold anything that looks like a tag.
 */
const MARKUP =
  /<!--[\s\S]*?-->|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<\/(?:script|style)\s*>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT_END: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/**
 * Every id, and every URL the page points at, with its line in the HTML. A tokenizer of start
 * tags only, as a full parser spent longer on 10,000 pages than rendering them did.
 */
export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: FoundLink[] = [];
  let line = 1;
  let counted = 0;
  MARKUP.lastIndex = 0;
  for (let tag = MARKUP.exec(html); tag; tag = MARKUP.exec(html)) {
    const name = tag[1]?.toLowerCase();
    if (!name) continue;
    const linkAttribute = LINK_ATTRIBUTES[name];
    const rawTextEnd = RAW_TEXT_END[name];
    if (rawTextEnd) {
      rawTextEnd.lastIndex = MARKUP.lastIndex;
      MARKUP.lastIndex = rawTextEnd.test(html) ? rawTextEnd.lastIndex : html.length;
    }
    // Most tags have neither a link nor an id: their attributes are not read.
    if (!linkAttribute && !/\bid\s*=/i.test(tag[2]!)) continue;
    const attributes = attributesOf(tag[2]!);
    for (
      let i = html.indexOf('\n', counted);
      i !== -1 && i < tag.index;
      i = html.indexOf('\n', i + 1)
    )
      line++;
    counted = tag.index;
    const id = attributes.get('id');
    if (id !== undefined) ids.add(id);
    if (name === 'a' && attributes.has('name')) ids.add(attributes.get('name')!);
    const url = linkAttribute && attributes.get(linkAttribute[0]);
    if (url !== undefined) links.push({ via: linkAttribute![1], url, line });
  }
  return { ids, links };
}

/** Attribute names lower-cased, values with character references decoded; the first of a name wins. */
function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(text); a; a = ATTRIBUTE.exec(text)) {
    const name = a[1]!.toLowerCase();
    if (attributes.has(name)) continue;
    const value = a[2] ?? a[3] ?? a[4] ?? '';
    attributes.set(name, value.includes('&') ? decodeHTMLAttribute(value) : value);
  }
  return attributes;
}
