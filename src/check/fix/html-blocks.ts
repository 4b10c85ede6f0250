import type { Token } from 'markdown-it';
import { html as htmlRules } from '../../report/catalogue/index.ts';
import { convertibleElements } from './convertible.ts';
import type { Edit } from './edits.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { bodyLineText, fileLine, type PageBody } from './page-body.ts';

/**
 * A block of raw HTML lines (markdown-it's `html_block`) written as Markdown, only when all of
 * it can be: `<p>`, `<h2>`-`<h4>`, lists, links, emphasis, code and images. The block's lines are
 * replaced whole, in the file's own line endings.
 */
export function htmlBlockEdits(page: PageBody, tokens: readonly Token[]): Edit[] {
  const edits: Edit[] = [];
  for (const token of tokens) {
    if (token.type !== 'html_block' || !token.map) continue;
    const [first, after] = token.map;
    const start = page.lines[first]!;
    const end = page.lines[after] ?? page.body.length;
    const source = page.body.slice(start, end);
    // Inside a list item or a quote the lines carry its indent or ">", which are not HTML.
    if (source.replace(/\r\n/g, '\n') !== token.content) continue;
    const names = convertibleElements(source);
    if (!names) continue;
    const markdown = htmlToMarkdown(source);
    if (!markdown.trim()) continue;
    const eol = /\r?\n/.exec(source)?.[0] ?? '\n';
    let text = markdown.split('\n').join(eol) + (source.endsWith('\n') ? eol : '');
    // HTML may start right under a paragraph; Markdown text there would join the paragraph.
    if (first > 0 && bodyLineText(page, first - 1).trim() !== '') text = eol + text;
    const what = `${[...new Set(names)].map((n) => `<${n}>`).join(', ')} written as Markdown`;
    edits.push({
      start,
      end,
      text,
      line: fileLine(page, start),
      code: htmlRules.HTML_HAS_MARKDOWN.code,
      what,
    });
  }
  return edits;
}
