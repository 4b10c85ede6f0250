/**
 * What raw HTML a page may hold, declared once: the sanitiser enforces it, the checks report
 * against it, and docs/content/html.md lists it. Modelled on GOV.UK's Govspeak: the safe subset
 * of HTML renders with the classes its Markdown equivalent would get; anything that can run code,
 * restyle the page or collect data is refused.
 */

/** Elements that render, with the attributes each may keep besides the global ones. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [],
  b: [],
  strong: [],
  i: [],
  em: [],
  u: [],
  s: [],
  del: ['datetime'],
  ins: ['datetime'],
  mark: [],
  small: [],
  sub: [],
  sup: [],
  br: [],
  wbr: [],
  hr: [],
  p: [],
  span: [],
  div: [],
  code: [],
  pre: [],
  kbd: [],
  samp: [],
  var: [],
  q: ['cite'],
  cite: [],
  dfn: [],
  time: ['datetime'],
  blockquote: ['cite'],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ul: [],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  table: [],
  caption: [],
  colgroup: ['span'],
  col: ['span'],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope', 'headers'],
  td: ['colspan', 'rowspan', 'headers'],
  details: ['open'],
  summary: [],
  figure: [],
  figcaption: [],
  section: [],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding', 'srcset', 'sizes'],
  picture: [],
  audio: ['src', 'controls', 'preload', 'loop', 'muted'],
  video: [
    'src',
    'controls',
    'preload',
    'loop',
    'muted',
    'poster',
    'width',
    'height',
    'playsinline',
  ],
  source: ['src', 'type', 'srcset', 'sizes', 'media'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
};

/** Attributes any allowed element may keep. `aria-*` covers every ARIA attribute. */
export const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir', 'role', 'aria-*'] as const;

/** Attributes that hold a URL: each is checked like a Markdown link. */
export const URL_ATTRIBUTES = ['href', 'src', 'cite', 'poster', 'srcset'] as const;

/**
 * Attributes dropped without a word: they only styled or scripted the old site, and readers lose
 * nothing when they go. `class` is replaced by the GOV.UK classes below.
 */
export const QUIETLY_DROPPED_ATTRIBUTES = [
  'class',
  'align',
  'border',
  'cellpadding',
  'cellspacing',
  'valign',
  'frameborder',
  'name',
] as const;
export const QUIETLY_DROPPED = (name: string) =>
  (QUIETLY_DROPPED_ATTRIBUTES as readonly string[]).includes(name) || name.startsWith('data-');

/** Old sites' classes that mean something to readers, kept as GOV.UK's own: text only screen readers hear. */
export const CLASS_EQUIVALENTS: Readonly<Record<string, string>> = {
  'sr-only': 'govuk-visually-hidden',
  'usa-sr-only': 'govuk-visually-hidden',
  'visually-hidden': 'govuk-visually-hidden',
  visuallyhidden: 'govuk-visually-hidden',
  'screen-reader-text': 'govuk-visually-hidden',
};

/** The GOV.UK Frontend classes an element gets, as its Markdown equivalent would. */
export const GOVUK_CLASSES: Readonly<Record<string, string>> = {
  a: 'govuk-link',
  p: 'govuk-body',
  ul: 'govuk-list govuk-list--bullet',
  ol: 'govuk-list govuk-list--number',
  table: 'govuk-table',
  caption: 'govuk-table__caption govuk-table__caption--m',
  thead: 'govuk-table__head',
  tbody: 'govuk-table__body',
  tr: 'govuk-table__row',
  th: 'govuk-table__header',
  td: 'govuk-table__cell',
  h1: 'govuk-heading-xl',
  h2: 'govuk-heading-l',
  h3: 'govuk-heading-m',
  h4: 'govuk-heading-s',
  h5: 'govuk-heading-s',
  h6: 'govuk-heading-s',
  hr: 'govuk-section-break govuk-section-break--l govuk-section-break--visible',
  blockquote: 'govuk-inset-text',
  details: 'govuk-details',
  summary: 'govuk-details__summary',
  dl: 'govuk-summary-list',
  img: 'app-content-image',
  video: 'app-content-image',
};

/**
 * Safe HTML that Markdown or a block writes more simply: a style warning names the equivalent.
 * Syntax is in backticks, so the warning and the manual both show it as typed.
 */
export const MARKDOWN_EQUIVALENTS: Readonly<Record<string, string>> = {
  a: '`[link text](/path/)`',
  b: '`**bold**`',
  strong: '`**bold**`',
  i: '`*emphasis*`',
  em: '`*emphasis*`',
  br: 'a backslash (`\\`) at the end of the line',
  p: 'a blank line between paragraphs',
  h2: '`## Heading`',
  h3: '`### Heading`',
  h4: '`#### Heading`',
  ul: 'lines starting `- `',
  ol: 'lines starting `1. `',
  img: '`![Alt text](image.png)`',
  blockquote: '`:::inset`',
  details: '`:::details Summary`',
  code: '`` `code` ``',
  hr: 'a line of `---`',
  table: 'a Markdown table (`| a | b |`)',
};

/** Elements refused outright, with what to do instead. Any other unknown element is refused too. */
export const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'Remove it: pages on this site run no scripts of their own.',
  noscript:
    'Remove it: pages on this site run no scripts of their own, so every reader sees the same content.',
  style: 'Remove it: pages take their look from the GOV.UK Design System.',
  link: 'Remove it: pages take their look from the GOV.UK Design System.',
  iframe:
    'Link to the content instead, e.g. [Watch the video on YouTube](https://www.youtube.com/watch?v=...).',
  object: 'Link to the file instead: [Title of the document](document.pdf).',
  embed: 'Link to the file instead: [Title of the document](document.pdf).',
  form: 'Link to the service that collects the information instead of a form on the page.',
  input: 'Link to the service that collects the information instead of a form on the page.',
  button:
    'Link to the service instead; a service page has its own Start now button (type: service).',
  select: 'Link to the service that collects the information instead of a form on the page.',
  textarea: 'Link to the service that collects the information instead of a form on the page.',
  svg: 'Save the drawing as an image file and use ![Alt text](drawing.png).',
  math: 'Write the formula as text or as an image with alt text.',
  aside: 'Use :::inset for a note beside the text: the page layout gives the page its landmarks.',
  nav: 'Remove it, keeping its links as a list: the page layout gives the page its navigation.',
  header: 'Remove it, keeping its content: the page layout gives the page its header.',
  footer: 'Remove it, keeping its content: the page layout gives the page its footer.',
  main: 'Remove it, keeping its content: the page layout gives the page its main landmark.',
  base: 'Remove it: it would change where every link on the page leads.',
  meta: "Remove it: the page's metadata comes from its front matter.",
};

/** Schemes a link in content may use; any other (javascript:, data:, vbscript:...) is refused. */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);
