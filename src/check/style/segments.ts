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
export function segmentsOf(tokens: readonly Token[], bodyLine: number): { segments: Segment[]; links: LinkText[] } {
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
    segments.push(kind === 'heading' ? { kind, text, line, level: Number(previous!.tag.slice(1)) } : { kind, text, line });
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
    else if (child.type === 'link_open') link = { text: '', href: String(child.attrGet('href') ?? ''), line };
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
  for (let i = segment.text.indexOf('\n'); i !== -1 && i < offset; i = segment.text.indexOf('\n', i + 1)) line++;
  return line;
}

/** 1-based column of `phrase` on a source line, found as a whole word; 1 when it cannot be found. */
export function columnOf(sourceLine: string | undefined, phrase: string, from = 0): number {
  if (!sourceLine) return 1;
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(sourceLine.slice(from));
  return match ? from + match.index + 1 : 1;
}
