import { Parser } from 'htmlparser2';

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

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  form: ['action'],
};

/** Every id, and every URL the page points at, with its line in the HTML. */
export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: FoundLink[] = [];
  let line = 1;
  let counted = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      for (let i = counted; i < parser.startIndex; i++) if (html.charCodeAt(i) === 10) line++;
      counted = parser.startIndex;
      if (attributes.id) ids.add(attributes.id);
      if (name === 'a' && attributes.name) ids.add(attributes.name);
      for (const attr of LINK_ATTRIBUTES[name] ?? []) {
        const url = attributes[attr];
        if (url !== undefined) links.push({ via: `${name} ${attr}`, url, line });
      }
    },
  });
  parser.end(html);
  return { ids, links };
}
