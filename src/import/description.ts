/**
 * A page's description from the source's summary, or its first paragraph: plain text within the
 * 160 characters our descriptions keep to, cut after a whole sentence where one fits, else after
 * a whole word with an ellipsis.
 */
import { decodeHTML } from 'entities';

export const DESCRIPTION_LIMIT = 160;

/** Markdown and HTML to the words a reader sees. */
export function plainText(text: string): string {
  return decodeHTML(
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/[*_`#>]+/g, '')
      .replace(/\{[%{][\s\S]*?[%}]\}/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first paragraph of a body that holds words, not an image, a heading or a tag alone. */
export function firstParagraph(body: string): string {
  for (const block of body.split(/\n\s*\n/)) {
    const trimmed = block.trim();
    if (!trimmed || /^(#|<(figure|img|h\d|div|table|script|style)\b|!\[|:::|\||```)/i.test(trimmed))
      continue;
    const text = plainText(trimmed);
    if (text.split(' ').length >= 4) return text;
  }
  return '';
}

export function shortDescription(text: string, limit = DESCRIPTION_LIMIT): string {
  if (text.length <= limit) return text;
  let cut = '';
  for (const sentence of text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? []) {
    if ((cut + sentence).trim().length > limit) break;
    cut += sentence;
  }
  if (cut.trim()) return cut.trim();
  const words = text.slice(0, limit).split(' ');
  if (words.length > 1) words.pop();
  return `${words.join(' ').replace(/[\s,;:.–-]+$/, '')}…`;
}
