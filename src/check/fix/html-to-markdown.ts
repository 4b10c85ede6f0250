import TurndownService from 'turndown';

/** Elements a line break may sit in without ending the run of text it breaks. */
const INLINE = new Set(['A', 'STRONG', 'B', 'EM', 'I', 'CODE']);

/**
 * turndown, set to write Markdown as this site's pages do: `## Heading`, `- item`, `**bold**`,
 * `*emphasis*` and a backslash for a line break.
 */
const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  emDelimiter: '*',
  strongDelimiter: '**',
  codeBlockStyle: 'fenced',
  br: '\\',
});

// `- item` and `1. item`, not turndown's `-   item`, with what follows indented under the text.
turndown.addRule('listItem', {
  filter: 'li',
  replacement(content, node) {
    const parent = node.parentNode as { nodeName: string; children: ArrayLike<unknown> } | null;
    const prefix =
      parent?.nodeName === 'OL'
        ? `${Array.prototype.indexOf.call(parent.children, node) + 1}. `
        : '- ';
    const paragraphs = /\n$/.test(content);
    const text = content.replace(/^\n+/, '').replace(/\n+$/, '') + (paragraphs ? '\n' : '');
    return (
      prefix +
      text.replace(/\n/g, `\n${' '.repeat(prefix.length)}`) +
      (node.nextSibling ? '\n' : '')
    );
  },
});

// A line break with no text after it (or before it) in its paragraph shows nothing, and a
// backslash there would be shown as typed.
turndown.addRule('lineBreak', {
  filter: 'br',
  replacement(_content, node, options) {
    return textBeside(node, 'previousSibling') && textBeside(node, 'nextSibling')
      ? `${options.br}\n`
      : '';
  },
});

// alt="" marks an image as decoration; in Markdown that is written ![""](...) (accessible-links.ts).
turndown.addRule('decorativeImage', {
  filter: (node) => node.nodeName === 'IMG' && node.getAttribute('alt') === '',
  replacement(_content, node) {
    const title = node.getAttribute('title');
    return `![""](${node.getAttribute('src') ?? ''}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
  },
});

// turndown escapes Markdown but not HTML: text that reads "<b>" or "&amp;" would become a tag or
// an entity. A few more Markdown openings are escaped too: "1) ", "~~" and ":::" blocks.
const escapeMarkdown = turndown.escape.bind(turndown);
turndown.escape = (text: string) =>
  escapeMarkdown(text)
    .replace(/<(?=[a-z/!?])|&(?=#?[a-z0-9]+;)/gi, (c) => `\\${c}`)
    .replace(/^(\d+)\) /, '$1\\) ')
    .replace(/~~+/g, (run) => run.replace(/~/g, '\\~'))
    .replace(/^:/, '\\:');

/** HTML written as Markdown by turndown, with no blank lines at either end. */
export function htmlToMarkdown(html: string): string {
  return turndown.turndown(html);
}

interface DomNode {
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  previousSibling: DomNode | null;
  nextSibling: DomNode | null;
}

/** Whether the paragraph holding a node has text (or an image) before or after it. */
function textBeside(start: DomNode, direction: 'previousSibling' | 'nextSibling'): boolean {
  for (let node: DomNode | null = start; node; node = node.parentNode) {
    for (let sibling = node[direction]; sibling; sibling = sibling[direction]) {
      if (sibling.nodeName === 'IMG' || sibling.textContent?.trim()) return true;
    }
    if (!node.parentNode || !INLINE.has(node.parentNode.nodeName)) return false;
  }
  return false;
}
