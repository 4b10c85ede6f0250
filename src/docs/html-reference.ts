import { DECORATIVE_ALT } from '../render/markdown/accessible-links.ts';
import {
  ALLOWED_ELEMENTS,
  CLASS_EQUIVALENTS,
  GLOBAL_ATTRIBUTES,
  GOVUK_CLASSES,
  MARKDOWN_EQUIVALENTS,
  QUIETLY_DROPPED_ATTRIBUTES,
  REFUSED_ELEMENTS,
  SAFE_SCHEMES,
} from '../render/markdown/html-policy.ts';
import { html, markdown } from '../report/catalogue/index.ts';
import { codeLink } from './diagnostics-reference.ts';

const code = (s: string) => `\`${s}\``;
/** A code, linked to its entry in the diagnostics reference. */
const see = (entry: { code: string }) => codeLink(entry, '../diagnostics.md');

/**
 * docs/content/html.md: the HTML a page may hold, written from the policy the build enforces
 * (src/render/markdown/html-policy.ts), so the manual cannot drift from the product.
 */
export function htmlReference(): string {
  const allowed = Object.entries(ALLOWED_ELEMENTS).map(
    ([element, attributes]) =>
      `| ${code(`<${element}>`)} | ${attributes.map(code).join(', ') || '–'} | ${GOVUK_CLASSES[element] ? code(GOVUK_CLASSES[element]) : '–'} | ${(MARKDOWN_EQUIVALENTS[element] ?? '–').replace(/\|/g, '\\|')} |`,
  );
  // A fix that shows Markdown to write shows it as code: a live link there would lead nowhere.
  const refused = Object.entries(REFUSED_ELEMENTS).map(
    ([element, fix]) =>
      `| ${code(`<${element}>`)} | ${fix.replace(/!?\[[^\]]*\]\([^)]*\)/g, code)} |`,
  );
  return [
    '<!-- Written by `npm run docs` from src/render/markdown/html-policy.ts; edit that file, not this one. -->',
    '# HTML in a page',
    '',
    'Write pages in Markdown. Pages moved from older websites often hold HTML, and most of it can stay:',
    "the build treats HTML the way GOV.UK's Govspeak does. HTML that is safe is kept and given the same",
    'GOV.UK Design System classes its Markdown would get, so it looks like the rest of the site. HTML that',
    'could run code, restyle the page or collect data is an error: `npm run check` names the element or',
    "attribute, its line and what to write instead, and the build never publishes it (the page's HTML is",
    'also run through the sanitize-html library, so nothing refused reaches a reader even by mistake).',
    '',
    'Why so strict: every page of the site is served under one Content-Security-Policy that forbids',
    "scripts and styles of a page's own, every page must pass WCAG 2.2 AA, and citizens must be able to",
    "trust every page on the domain. A department's old markup can break all three.",
    '',
    '## Safe HTML',
    '',
    'These elements are kept, with the attributes listed and, on any of them, ' +
      GLOBAL_ATTRIBUTES.map(code).join(', ') +
      '.',
    `Where Markdown or a block says the same more simply, \`npm run check\` warns (${see(html.HTML_HAS_MARKDOWN)}) and`,
    '`npm run check -- --fix` rewrites it for you.',
    '',
    '| element | attributes it keeps | GOV.UK classes it gets | Markdown that says the same |',
    '|---|---|---|---|',
    ...allowed,
    '',
    `Links and images in HTML are checked like Markdown ones: a link to a page's Markdown file becomes the`,
    `page's URL, a site path must be published, and only ${[...SAFE_SCHEMES].map((s) => code(`${s}:`)).join(', ')}`,
    'addresses are allowed (`javascript:`, `data:` and `vbscript:` are refused however they are encoded).',
    '`target="_blank"` is removed with a warning: links on GOV.UK open in the same tab, so people keep their',
    'back button.',
    '',
    'Other attributes are removed. These go without a warning, because they only styled the old site:',
    QUIETLY_DROPPED_ATTRIBUTES.map(code).join(', ') +
      ", and any `data-*`. An old site's classes are dropped, except",
    "those that hide text for everyone but screen readers, which become GOV.UK's own:",
    `${Object.keys(CLASS_EQUIVALENTS).map(code).join(', ')} become \`govuk-visually-hidden\`.`,
    '',
    '## Refused HTML',
    '',
    `Any element not listed above is an error (${see(html.HTML_ELEMENT_REFUSED)}). So are \`style\` attributes and`,
    `every \`on...\` event attribute (${see(html.HTML_ATTRIBUTE_REFUSED)}). What to do instead:`,
    '',
    '| element | instead |',
    '|---|---|',
    ...refused,
    '',
    '## Links and images everyone can use',
    '',
    `- A link needs text: \`[](https://...)\` or \`<a href="..."></a>\` is an error (${see(markdown.LINK_TEXT_MISSING)}), and so is a`,
    '  link whose only content is an image without alt text.',
    `- An image needs alt text describing what it shows (${see(markdown.IMAGE_ALT_MISSING)}). An image that is only`,
    `  decoration is marked so on purpose: ${code(`![${DECORATIVE_ALT}](image.png)`)} in Markdown, ${code('alt=""')} in HTML.`,
    '',
    '## Headings',
    '',
    'A heading takes an id from its text (`## Rates & bands` is `#rates-and-bands`), or the one written after it,',
    'as kramdown, Hugo, Pandoc and Govspeak read it: `## What we did {#what-we-did}`. An id used twice on a page',
    'is an error naming both lines; anything else in the braces (`{.class}`) is an error, never printed as text.',
    '',
    '## Text fields',
    '',
    '`title`, `description`, change notes, the withdrawn reason and department names are plain text. HTML',
    'entities from old systems (`Freeze &#8211; Waivers`) are shown as their characters (`Freeze – Waivers`),',
    'with a warning (`--fix` writes the characters in); a tag in them is an error.',
    '',
  ].join('\n');
}
