import { applyEdits, type FixResult } from './edits.ts';
import { htmlBlockEdits } from './html-blocks.ts';
import { inlineHtmlEdits } from './inline-html.ts';
import { lineBreakEdits } from './line-breaks.ts';
import { bodyTokens, pageBody } from './page-body.ts';
import { editsReadingTheSame } from './same-reading.ts';

/**
 * Safe raw HTML written as its Markdown equivalent (the HTML_HAS_MARKDOWN warning): blocks of
 * HTML lines, spans of HTML in a paragraph, and line breaks. Code spans and fenced code are never
 * touched, since markdown-it gives them no HTML tokens.
 */
export function writeHtmlAsMarkdown(file: string, text: string): FixResult {
  const page = pageBody(file, text);
  if (!page || !/<[a-z]/i.test(page.body)) return { text, fixed: [] };
  const tokens = bodyTokens(page);
  const edits = [
    ...htmlBlockEdits(page, tokens),
    ...inlineHtmlEdits(page, tokens),
    ...lineBreakEdits(page, tokens),
  ];
  const kept = editsReadingTheSame(file, page.body, edits);
  return applyEdits(
    file,
    text,
    kept.map((e) => ({ ...e, start: e.start + page.start, end: e.end + page.start })),
  );
}
