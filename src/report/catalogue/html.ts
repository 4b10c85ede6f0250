import { area, rule } from './rule.ts';

/** HTML written in a page, checked against the policy in src/render/markdown/html-policy.ts. */
export const html = area('html', {
  HTML_ELEMENT_REFUSED: rule({
    title: 'An HTML element is not allowed in content',
    severity: 'error',
    message: ({ element }: { element: string; advice?: string }) =>
      `The HTML element <${element}> is not allowed in content; it has been removed.`,
    fix: ({ advice }) =>
      advice ??
      'Remove the element, or write its content in Markdown. docs/content/html.md lists the HTML a page may use.',
    example: { element: 'font' },
  }),
  HTML_ATTRIBUTE_REFUSED: rule({
    title: 'An HTML attribute runs script or sets its own style',
    severity: 'error',
    message: ({ element, attribute }: { element: string; attribute: string }) =>
      attribute === 'style'
        ? `The attribute "style" on <${element}> sets its own look; it has been removed.`
        : `The attribute "${attribute}" on <${element}> runs script; it has been removed.`,
    fix: ({ attribute }) =>
      attribute === 'style'
        ? 'Remove the attribute: pages take their look from the GOV.UK Design System (and its Content-Security-Policy forbids inline styles).'
        : 'Remove the attribute: pages on this site run no scripts of their own.',
    example: { element: 'a', attribute: 'onclick' },
  }),
  HTML_ATTRIBUTE_DROPPED: rule({
    title: 'An HTML attribute is not kept',
    severity: 'warning',
    message: ({ element, attribute }: { element: string; attribute: string }) =>
      `The attribute "${attribute}" on <${element}> is not kept; it has been removed.`,
    fix: 'Remove the attribute. docs/content/html.md lists the attributes each element keeps.',
    example: { element: 'p', attribute: 'align' },
  }),
  HTML_HAS_MARKDOWN: rule({
    title: 'HTML that Markdown can write',
    severity: 'warning',
    message: ({ element, equivalent }: { element: string; equivalent: string }) =>
      `The HTML <${element}> can be written in Markdown as ${equivalent}.`,
    fix: 'Write it in Markdown, which is easier to edit and review; "npm run check -- --fix" rewrites it for you.',
    example: { element: 'strong', equivalent: '**bold**' },
  }),
  HTML_BLOCK_HOLDS_MARKDOWN: rule({
    title: 'Markdown inside an HTML block is shown as typed',
    severity: 'warning',
    message:
      'This line is Markdown inside an HTML block, so it is shown as typed, not as Markdown.',
    fix: 'Leave a blank line between the HTML tag and the Markdown, or write the line in HTML.',
    example: {},
  }),
  LINK_TARGET_REMOVED: rule({
    title: 'A link opens in a new tab',
    severity: 'warning',
    message: ({ element, value }: { element: string; value: string }) =>
      `target="${value}" has been removed from <${element}>: links on GOV.UK open in the same tab, so people keep their back button.`,
    fix: 'Remove the target attribute; "npm run check -- --fix" does it for you.',
    example: { element: 'a', value: '_blank' },
  }),
  LINK_UNSAFE_SCHEME: rule({
    title: 'A link or attribute could run code',
    severity: 'error',
    message: (
      a: { href: string; scheme: string } | { element: string; attribute: string; value: string },
    ) =>
      'href' in a
        ? `The link "${a.href}" uses "${a.scheme}:", which could run code in a reader's browser; it has been removed.`
        : `The attribute "${a.attribute}" on <${a.element}> holds "${a.value}", which could run code in a reader's browser; it has been removed.`,
    fix: (a) =>
      'href' in a
        ? 'Link to a page on this site or to an https:// address.'
        : 'Remove the attribute.',
    example: { href: 'javascript:alert(1)', scheme: 'javascript' },
  }),
});
