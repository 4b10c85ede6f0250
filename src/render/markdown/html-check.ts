import { Parser } from 'htmlparser2';
import { schemeOf } from '../../content/schemes.ts';
import { type Diagnostic, error, warning } from '../../report/diagnostic.ts';
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
            error(
              'HTML_ELEMENT_REFUSED',
              where,
              `The HTML element <${name}> is not allowed in content; it has been removed.`,
              REFUSED_ELEMENTS[name] ??
                'Remove the element, or write its content in Markdown. docs/content/html.md lists the HTML a page may use.',
            ),
          );
          return;
        }
        for (const [attribute, value] of written) checkAttribute(name, attribute, value, where);
        if (name === 'img') {
          if (!('alt' in attributes)) {
            diagnostics.push(
              error(
                'IMAGE_ALT_MISSING',
                where,
                `The image "${attributes.src ?? ''}" has no alt text, so people who cannot see it are told nothing.`,
                'Add alt="..." describing what the image shows, or alt="" if it is only decoration.',
              ),
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
            warning(
              'HTML_HAS_MARKDOWN',
              where,
              `The HTML <${name}> can be written in Markdown as ${equivalent}.`,
              'Write it in Markdown, which is easier to edit and review; "npm run check -- --fix" rewrites it for you.',
            ),
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
            error(
              'LINK_TEXT_MISSING',
              { file, line: link.line },
              'A link has no text, so screen readers announce it as nothing.',
              'Put the words the link leads to between <a ...> and </a>, or remove the empty link.',
            ),
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
    if (attribute.startsWith('on')) {
      diagnostics.push(
        error(
          'HTML_ATTRIBUTE_REFUSED',
          where,
          `The attribute "${attribute}" on <${element}> runs script; it has been removed.`,
          'Remove the attribute: pages on this site run no scripts of their own.',
        ),
      );
    } else if (attribute === 'style') {
      diagnostics.push(
        error(
          'HTML_ATTRIBUTE_REFUSED',
          where,
          `The attribute "style" on <${element}> sets its own look; it has been removed.`,
          'Remove the attribute: pages take their look from the GOV.UK Design System (and its Content-Security-Policy forbids inline styles).',
        ),
      );
    } else if (attribute === 'target') {
      diagnostics.push(
        warning(
          'LINK_TARGET_REMOVED',
          where,
          `target="${value}" has been removed from <${element}>: links on GOV.UK open in the same tab, so people keep their back button.`,
          'Remove the target attribute; "npm run check -- --fix" does it for you.',
        ),
      );
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
      diagnostics.push(
        error(
          'LINK_UNSAFE_SCHEME',
          where,
          `The attribute "${attribute}" on <${element}> holds "${value}", which could run code in a reader's browser; it has been removed.`,
          'Remove the attribute.',
        ),
      );
    } else if (!isAllowedAttribute(element, attribute) && !QUIETLY_DROPPED(attribute)) {
      diagnostics.push(
        warning(
          'HTML_ATTRIBUTE_DROPPED',
          where,
          `The attribute "${attribute}" on <${element}> is not kept; it has been removed.`,
          'Remove the attribute. docs/content/html.md lists the attributes each element keeps.',
        ),
      );
    }
  }

  parser.end(fragment);
  return { diagnostics, urls };
}
