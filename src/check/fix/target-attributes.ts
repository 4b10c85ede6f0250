import { Parser } from 'htmlparser2';
import { html as htmlRules } from '../../report/catalogue/index.ts';
import type { Edit, FixResult } from './edits.ts';
import { applyEdits } from './edits.ts';
import { bodyTokens, fileLine, inlineSpans, type PageBody, pageBody } from './page-body.ts';

/** An attribute as HTML writes it, with the space before it (markdown-it's own grammar for a tag). */
const ATTRIBUTE = /(\s+)([^\s"'<>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/y;
const LINK_TAG = /^<a[\s/>]/i;

/**
 * `target="..."` taken out of every raw `<a>` tag: the sanitiser drops it anyway, since links on
 * GOV.UK open in the same tab. The attribute goes with the one space or tab before it; nothing
 * else in the file changes, and the page reads the same.
 */
export function removeLinkTargets(file: string, text: string): FixResult {
  const page = pageBody(file, text);
  if (!page || !/<a[\s/>]/i.test(page.body)) return { text, fixed: [] };
  const edits: Edit[] = [];
  const tokens = bodyTokens(page);
  for (const token of tokens) {
    if (token.type === 'html_block' && token.map) {
      const start = page.lines[token.map[0]]!;
      const end = page.lines[token.map[1]] ?? page.body.length;
      edits.push(...targetsInBlock(page, start, page.body.slice(start, end)));
    }
    if (
      token.type === 'inline' &&
      token.children?.some((c) => c.type === 'html_inline' && LINK_TAG.test(c.content))
    ) {
      const spanOf = inlineSpans(page, token);
      for (const child of token.children) {
        const span =
          child.type === 'html_inline' && LINK_TAG.test(child.content)
            ? spanOf?.(child)
            : undefined;
        if (span) edits.push(...targetsInTag(page, span.start, child.content));
      }
    }
  }
  const shifted = edits.map((e) => ({
    ...e,
    start: e.start + page.start,
    end: e.end + page.start,
  }));
  return applyEdits(file, text, shifted);
}

/** The `<a>` tags of an HTML block, found by htmlparser2 (so none inside a comment or an attribute). */
function targetsInBlock(page: PageBody, at: number, source: string): Edit[] {
  const edits: Edit[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (name === 'a')
          edits.push(
            ...targetsInTag(
              page,
              at + parser.startIndex,
              source.slice(parser.startIndex, parser.endIndex + 1),
            ),
          );
      },
    },
    { lowerCaseTags: true },
  );
  parser.end(source);
  return edits;
}

/** Edits removing the target attributes of one tag written at `at` in the body. */
export function targetsInTag(page: PageBody, at: number, tag: string): Edit[] {
  const edits: Edit[] = [];
  const name = /^<[a-z][a-z0-9-]*/i.exec(tag);
  if (!name) return edits;
  ATTRIBUTE.lastIndex = name[0].length;
  for (let match = ATTRIBUTE.exec(tag); match; match = ATTRIBUTE.exec(tag)) {
    if (match[2]!.toLowerCase() !== 'target') continue;
    // One space before it goes too; a line break stays, so that lines keep their numbers.
    const space = /[ \t]$/.test(match[1]!) ? 1 : 0;
    const start = at + match.index + match[1]!.length - space;
    const written = tag.slice(match.index + match[1]!.length, ATTRIBUTE.lastIndex);
    edits.push({
      start,
      end: at + ATTRIBUTE.lastIndex,
      text: '',
      line: fileLine(page, at),
      code: htmlRules.LINK_TARGET_REMOVED.code,
      what: `${written} removed from <a>`,
    });
  }
  return edits;
}
