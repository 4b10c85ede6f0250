import type { Token } from 'markdown-it';

/**
 * The text of a page as its readers see it, in pieces with their file line: Markdown syntax is
 * gone, line breaks inside a paragraph are kept as "\n" so a word's line can be found again.
 */
export interface Segment {
  kind: 'prose' | 'heading' | 'table';
  text: string;
  /** File line of the segment's first line. */
  line: number;
  /** Heading level, 1 to 6, for headings. */
  level?: number;
}

/** A link's visible text and where it is. */
export interface LinkText {
  text: string;
  href: string;
  line: number;
}

/** Text and links of the body's tokens; `bodyLine` is the file line of the body's first line. */
export function segmentsOf(
  tokens: readonly Token[],
  bodyLine: number,
): { segments: Segment[]; links: LinkText[] } {
  const segments: Segment[] = [];
  const links: LinkText[] = [];
  let inTable = 0;
  tokens.forEach((token, i) => {
    if (token.type === 'table_open') inTable++;
    if (token.type === 'table_close') inTable--;
    if (token.type !== 'inline' || !token.children) return;
    const line = (token.map?.[0] ?? 0) + bodyLine;
    const previous = tokens[i - 1];
    const kind = inTable ? 'table' : previous?.type === 'heading_open' ? 'heading' : 'prose';
    const text = plainText(token.children, line, links);
    segments.push(
      kind === 'heading'
        ? { kind, text, line, level: Number(previous!.tag.slice(1)) }
        : { kind, text, line },
    );
  });
  return { segments, links };
}

function plainText(children: readonly Token[], firstLine: number, links: LinkText[]): string {
  let text = '';
  let line = firstLine;
  let link: LinkText | undefined;
  for (const child of children) {
    let piece = '';
    if (child.type === 'text') piece = child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') piece = '\n';
    else if (child.type === 'link_open')
      link = { text: '', href: String(child.attrGet('href') ?? ''), line };
    else if (child.type === 'link_close' && link) {
      links.push(link);
      link = undefined;
    }
    // Inline code is not prose: it is left out, and so are images, whose alt text is checked elsewhere.
    text += piece;
    if (link) link.text += piece;
    if (piece === '\n') line++;
  }
  return text;
}

/** File line of `offset` in a segment's text. */
export function lineAt(segment: Segment, offset: number): number {
  let line = segment.line;
  for (
    let i = segment.text.indexOf('\n');
    i !== -1 && i < offset;
    i = segment.text.indexOf('\n', i + 1)
  )
    line++;
  return line;
}

const LETTER_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_AFTER = /^[\p{L}\p{N}]/u;

/**
 * 1-based column of `phrase` (a word or words, no space at either end) on a source line, found
 * as a whole word; 1 when it cannot be found.
 * The phrase is searched for with a plain regex and its word boundaries tested after: a regex
 * with Unicode lookarounds costs about 0.7 ms to compile, once per distinct phrase, which real
 * pages with hundreds of long sentences felt (test/check/column-of.test.ts holds the two equal).
 */
export function columnOf(sourceLine: string | undefined, phrase: string, from = 0): number {
  if (!sourceLine) return 1;
  const text = sourceLine.slice(from);
  const search = new RegExp(
    phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'),
    'giu',
  );
  for (let match = search.exec(text); match; match = search.exec(text)) {
    const end = match.index + match[0].length;
    if (
      !LETTER_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index)) &&
      !LETTER_AFTER.test(text.slice(end, end + 2))
    ) {
      return from + match.index + 1;
    }
    // The next try starts one character on, as a search from every position would.
    search.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return 1;
}
