import type { Token } from 'markdown-it';
import { html as htmlRules } from '../../report/catalogue/index.ts';
import type { Edit } from './edits.ts';
import { lineOfOffset } from './edits.ts';
import { bodyLineText, fileLine, inlineSpans, type PageBody } from './page-body.ts';

const BREAK = /^<br\s*\/?>$/i;

/**
 * What may start the line after a break without starting a new block: a word, a number that is
 * not a list's, a link, or an inline tag. A list, heading, quote or rule would end the paragraph.
 */
const CONTINUES = /^(?:[\p{L}\p{N}("'“‘£$€[]|!\[|<(?:a|strong|b|em|i|code|img|span|abbr)[\s/>])/iu;
const LIST_NUMBER = /^\d+[.)](?:\s|$)/;
/** The markers before a paragraph's text on its line: indentation, ">" and list markers. */
const MARKERS = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;

const shows = (token: Token) =>
  (token.type === 'text' && token.content.trim() !== '') ||
  token.type === 'code_inline' ||
  token.type === 'image' ||
  (token.type === 'html_inline' && /^<img[\s/>]/i.test(token.content));

/**
 * `<br>` in a paragraph written as Markdown's hard break, a backslash at the end of the line: at
 * the end of a line it becomes the backslash; mid-line the rest of the line moves to a new line,
 * indented as the paragraph is. A break with nothing shown before or after it, or that the next
 * words would turn into a list or heading, is left as it is.
 */
export function lineBreakEdits(page: PageBody, tokens: readonly Token[]): Edit[] {
  const edits: Edit[] = [];
  tokens.forEach((block, b) => {
    const children = block.children;
    // In a heading or a table cell a break cannot be a new line.
    if (block.type !== 'inline' || tokens[b - 1]?.type !== 'paragraph_open' || !children) return;
    const spanOf = inlineSpans(page, block);
    children.forEach((child, i) => {
      if (child.type !== 'html_inline' || !BREAK.test(child.content)) return;
      if (!children.slice(0, i).some(shows) || !children.slice(i + 1).some(shows)) return;
      const span = spanOf?.(child);
      if (!span) return;
      const line = lineOfOffset(page.lines, span.start);
      const written = bodyLineText(page, line);
      const lineEnd = page.lines[line]! + written.length;
      const rest = page.body.slice(span.end, lineEnd);
      const edit = {
        start: span.start,
        line: fileLine(page, span.start),
        code: htmlRules.HTML_HAS_MARKDOWN.code,
        what: '<br> written as Markdown',
      };
      if (rest.trim() === '') {
        // Spaces after the backslash would make it text, so they go with the tag.
        edits.push({ ...edit, end: lineEnd, text: '\\' });
        return;
      }
      const spaces = /^[ \t]*/.exec(rest)![0];
      const next = rest.slice(spaces.length);
      if (!CONTINUES.test(next) || LIST_NUMBER.test(next)) return;
      const eol =
        page.body.startsWith('\r\n', lineEnd) ||
        (!page.body.startsWith('\n', lineEnd) && page.body.includes('\r\n'))
          ? '\r\n'
          : '\n';
      const indent = MARKERS.exec(written)![0].replace(/[^>\s]/g, ' ');
      edits.push({ ...edit, end: span.end + spaces.length, text: `\\${eol}${indent}` });
    });
  });
  return edits;
}
