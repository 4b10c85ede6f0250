import type { Token } from 'markdown-it';
import { splitFrontMatter } from '../../content/front-matter.ts';
import { createMarkdown, markdownEnv } from '../../render/markdown/index.ts';
import { lineOfOffset, lineStarts } from './edits.ts';

/** A page's Markdown body, and where it sits in the page's text. */
export interface PageBody {
  file: string;
  body: string;
  /** Offset of the body in the page's text. */
  start: number;
  /** File line of the body's first line. */
  bodyLine: number;
  /** Offset in the body at which each of its lines starts. */
  lines: number[];
}

export function pageBody(file: string, text: string): PageBody | undefined {
  const { body, bodyLine } = splitFrontMatter(text);
  if (!text.endsWith(body)) return undefined;
  return { file, body, start: text.length - body.length, bodyLine, lines: lineStarts(body) };
}

/** File line of an offset in the body. */
export const fileLine = (page: PageBody, offset: number) =>
  page.bodyLine + lineOfOffset(page.lines, offset);

/** A body line without its line ending. */
export function bodyLineText(page: PageBody, line: number): string {
  const start = page.lines[line];
  if (start === undefined) return '';
  const end = page.lines[line + 1] ?? page.body.length;
  return page.body.slice(start, end).replace(/\r?\n$/, '');
}

// markdown-it keeps the lines of a block but not where an inline token starts, so the inline
// state notes the offset in its text at which each token is pushed.
const startInContent = new WeakMap<Token, number>();
const md = createMarkdown({ forRendering: false });
const InlineState = md.inline.State;
md.inline.State = class extends InlineState {
  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = super.push(type, tag, nesting);
    startInContent.set(token, this.pos);
    return token;
  }
};

/** The body's tokens, parsed as the check and the build parse it. */
export function bodyTokens(page: PageBody): Token[] {
  return md.parse(page.body, markdownEnv(page.file, page.bodyLine));
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where an inline block's tokens are in the body: a function giving the span of a child (as
 * `start` and `end` offsets in the body), or undefined when the block's text cannot be matched
 * to its lines (tabs expanded to spaces, say), so nothing in it is touched.
 */
export function inlineSpans(
  page: PageBody,
  inline: Token,
): ((child: Token) => Span | undefined) | undefined {
  if (!inline.map) return undefined;
  const contentLines = inline.content.split('\n');
  // Each line of the content is its line of the body with the indentation, list marker or ">"
  // taken off the front, and the last line's trailing spaces (or a heading's closing #s) off the end.
  const shifts: number[] = [];
  const contentStarts: number[] = [];
  let contentStart = 0;
  for (let k = 0; k < contentLines.length; k++) {
    const written = contentLines[k]!;
    const line = bodyLineText(page, inline.map[0] + k);
    const last = k === contentLines.length - 1;
    let shift = line.length - written.length;
    if (last && line.slice(shift) !== written) shift = line.trimEnd().length - written.length;
    if (last && line.slice(shift, shift + written.length) !== written)
      shift = line.lastIndexOf(written);
    if (shift < 0 || line.slice(shift, shift + written.length) !== written) return undefined;
    shifts.push(page.lines[inline.map[0] + k]! + shift);
    contentStarts.push(contentStart);
    contentStart += written.length + 1;
  }
  const toBody = (offset: number) => {
    const k = lineOfOffset(contentStarts, offset);
    return shifts[k]! + offset - contentStarts[k]!;
  };
  return (child) => {
    const at = startInContent.get(child);
    if (at === undefined) return undefined;
    const span = { start: toBody(at), end: toBody(at + child.content.length) };
    // A tag over several lines of an indented block has lost its indentation: left alone.
    return page.body.slice(span.start, span.end) === child.content ? span : undefined;
  };
}
