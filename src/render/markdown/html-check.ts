import { Parser } from 'htmlparser2';
import { schemeOf } from '../../content/schemes.ts';
import { html as htmlRules, markdown } from '../../report/catalogue/index.ts';
import { type Diagnostic, report } from '../../report/diagnostic.ts';
import {
  ALLOWED_ELEMENTS,
  GLOBAL_ATTRIBUTES,
  MARKDOWN_EQUIVALENTS,
  QUIETLY_DROPPED,
  REFUSED_ELEMENTS,
  SAFE_SCHEMES,
  URL_ATTRIBUTES,
} from './html-policy.ts';

/** A URL written in an attribute of raw HTML, to be checked like a Markdown link. */
export interface RawUrl {
  element: string;
  attribute: string;
  value: string;
  line: number;
}

export interface RawHtmlFindings {
  diagnostics: Diagnostic[];
  /** Every URL in an allowed element, for the caller to check like a Markdown link. */
  urls: RawUrl[];
}

/** Attributes a browser reads as a URL, on any element; text such as alt="Screen shot: ..." is not one. */
const URL_NAMED = new Set([
  ...URL_ATTRIBUTES,
  'action',
  'formaction',
  'data',
  'xlink:href',
  'background',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'ping',
  'manifest',
  'icon',
]);

const isScriptUrl = (value: string) => {
  const scheme = schemeOf(value.trim());
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme);
};

const isAllowedAttribute = (element: string, name: string) =>
  (ALLOWED_ELEMENTS[element] ?? []).includes(name) ||
  (GLOBAL_ATTRIBUTES as readonly string[]).includes(name) ||
  name.startsWith('aria-'); // GLOBAL_ATTRIBUTES says aria-* for the sanitiser's glob

/**
 * Checks one fragment of raw HTML from a page against the policy (html-policy.ts): refused
 * elements and attributes are errors, dropped ones and Markdown equivalents are warnings, and links
 * and images need text. `firstLine` is the file line of the fragment's first character.
 */
export function checkRawHtml(fragment: string, file: string, firstLine: number): RawHtmlFindings {
  const diagnostics: Diagnostic[] = [];
  const urls: RawUrl[] = [];
  let offset = 0;
  let line = firstLine;
  const lineAt = (index: number) => {
    for (; offset < index && offset < fragment.length; offset++)
      if (fragment.charCodeAt(offset) === 10) line++;
    return line;
  };
  // The open links, each collecting whether it has text a screen reader can announce.
  const links: Array<{ line: number; named: boolean }> = [];
  const warned = new Set<string>();

  // Every attribute as written, repeats included: the checks see what any browser might read.
  let written: Array<[string, string]> = [];
  const parser: Parser = new Parser(
    {
      onopentagname() {
        written = [];
      },
      onattribute(name, value) {
        written.push([name, value]);
      },
      onopentag(name, attributes) {
        const where = { file, line: lineAt(parser.startIndex) };
        if (!(name in ALLOWED_ELEMENTS)) {
          diagnostics.push(
            report(htmlRules.HTML_ELEMENT_REFUSED, where, {
              element: name,
              advice: REFUSED_ELEMENTS[name],
            }),
          );
          return;
        }
        for (const [attribute, value] of written) checkAttribute(name, attribute, value, where);
        if (name === 'img') {
          if (!('alt' in attributes)) {
            diagnostics.push(
              report(markdown.IMAGE_ALT_MISSING, where, {
                src: attributes.src ?? '',
                html: true,
              }),
            );
          }
          if (attributes.alt?.trim())
            links.forEach((l) => {
              l.named = true;
            });
        }
        if (name === 'a')
          links.push({
            line: where.line,
            named: Boolean(attributes['aria-label']?.trim()) || !('href' in attributes),
          });
        const equivalent = MARKDOWN_EQUIVALENTS[name];
        if (equivalent && !warned.has(name)) {
          warned.add(name);
          diagnostics.push(
            report(htmlRules.HTML_HAS_MARKDOWN, where, { element: name, equivalent }),
          );
        }
      },
      ontext(text) {
        if (text.trim())
          links.forEach((l) => {
            l.named = true;
          });
      },
      onclosetag(name) {
        if (name !== 'a') return;
        const link = links.pop();
        if (link && !link.named) {
          diagnostics.push(
            report(markdown.LINK_TEXT_MISSING, { file, line: link.line }, { html: true }),
          );
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );

  function checkAttribute(
    element: string,
    attribute: string,
    value: string,
    where: { file: string; line: number },
  ) {
    if (attribute.startsWith('on') || attribute === 'style') {
      diagnostics.push(report(htmlRules.HTML_ATTRIBUTE_REFUSED, where, { element, attribute }));
    } else if (attribute === 'target') {
      diagnostics.push(report(htmlRules.LINK_TARGET_REMOVED, where, { element, value }));
    } else if (
      (URL_ATTRIBUTES as readonly string[]).includes(attribute) &&
      isAllowedAttribute(element, attribute)
    ) {
      const values =
        attribute === 'srcset'
          ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '')
          : [value];
      for (const url of values) urls.push({ element, attribute, value: url, line: where.line });
    } else if (URL_NAMED.has(attribute) && isScriptUrl(value)) {
      // Dropped with its attribute anyway, but a script URL anywhere is someone's mistake or an attack.
      diagnostics.push(report(htmlRules.LINK_UNSAFE_SCHEME, where, { element, attribute, value }));
    } else if (!isAllowedAttribute(element, attribute) && !QUIETLY_DROPPED(attribute)) {
      diagnostics.push(report(htmlRules.HTML_ATTRIBUTE_DROPPED, where, { element, attribute }));
    }
  }

  parser.end(fragment);
  return { diagnostics, urls };
}
