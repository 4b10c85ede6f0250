import type { Token } from 'markdown-it';
import { html as htmlRules } from '../../report/catalogue/index.ts';
import { convertibleElements } from './convertible.ts';
import type { Edit } from './edits.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { fileLine, inlineSpans, type PageBody } from './page-body.ts';

const OPEN_TAG = /^<([a-z][a-z0-9-]*)[\s/>]/i;
const VOID = new Set(['img']);

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Raw HTML inside a paragraph or heading (`Read <a href="...">the guide</a> now.`) written as
 * Markdown: only the source from the opening tag to its closing tag is replaced, and only when
 * everything between is plain text and elements Markdown can write. Line breaks are line-breaks.ts's.
 */
export function inlineHtmlEdits(page: PageBody, tokens: readonly Token[]): Edit[] {
  const edits: Edit[] = [];
  for (const block of tokens) {
    const children = block.children;
    if (block.type !== 'inline' || !children?.some((c) => c.type === 'html_inline')) continue;
    const spanOf = inlineSpans(page, block);
    if (!spanOf) continue;
    for (let i = 0; i < children.length; i++) {
      const name =
        children[i]!.type === 'html_inline'
          ? OPEN_TAG.exec(children[i]!.content)?.[1]?.toLowerCase()
          : undefined;
      if (!name || name === 'br') continue;
      const last = VOID.has(name) ? i : closingTag(children, i, name);
      if (last === undefined) continue;
      const markdown = asMarkdown(children.slice(i, last + 1));
      const start = spanOf(children[i]!)?.start;
      const end = spanOf(children[last]!)?.end;
      if (markdown === undefined || start === undefined || end === undefined) continue;
      // A space kept from inside the tags is not needed beside one already there.
      const text = markdown
        .replace(/^\s+(?=\S)/, (s) => (/\S/.test(page.body[start - 1] ?? '') ? s : ''))
        .replace(/(?<=\S)\s+$/, (s) => (/\S/.test(page.body[end] ?? '') ? s : ''));
      edits.push({
        start,
        end,
        text,
        line: fileLine(page, start),
        code: htmlRules.HTML_HAS_MARKDOWN.code,
        what: `<${name}> written as Markdown`,
      });
      i = last;
    }
  }
  return edits;
}

/** The index of the tag closing the one opened at `open`, counting tags of the same name. */
function closingTag(children: readonly Token[], open: number, name: string): number | undefined {
  const opening = new RegExp(`^<${name}[\\s/>]`, 'i');
  const closing = new RegExp(`^</${name}\\s*>$`, 'i');
  let depth = 0;
  for (let i = open; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'html_inline') continue;
    if (opening.test(child.content)) depth++;
    else if (closing.test(child.content) && --depth === 0) return i;
  }
  return undefined;
}

/** A span of a paragraph's tokens as Markdown, if it is raw HTML around plain text. */
function asMarkdown(span: readonly Token[]): string | undefined {
  let html = '';
  let words = '';
  for (const token of span) {
    if (token.type === 'html_inline') html += token.content;
    else if (token.type === 'text') {
      html += escapeHtml(token.content);
      words += token.content;
    } else if (token.type === 'softbreak') {
      html += '\n';
      words += ' ';
    } else {
      return undefined; // Markdown inside the HTML, a code span, a line break...: left as written
    }
  }
  if (!convertibleElements(html, { inline: true })) return undefined;
  let markdown = htmlToMarkdown(html);
  if (!markdown.trim()) return undefined;
  // turndown trims the spaces at either end, which keep the span's words apart from their neighbours'.
  if (/^\s/.test(words) && !/^\s/.test(markdown)) markdown = ` ${markdown}`;
  if (/\s$/.test(words) && !/\s$/.test(markdown)) markdown = `${markdown} `;
  return markdown;
}
