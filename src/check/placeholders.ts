import { check } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';

const TODO = /\bTODO\b/g;
/** A TODO written about rather than in place of text: in code, or in quotes. */
const MENTION = /`[^`\n]*`|["“'‘]TODO["”'’]/g;
const FENCE = /^\s{0,3}(```|~~~)/;

/**
 * TODO left in a page, e.g. by `npm run new`, is an error: the page would publish with a
 * placeholder where the reader needs an answer. One diagnostic per line. Real pages also write
 * about TODOs (your security "TODO" list, a code comment, a spreadsheet's cell shown in a table),
 * and those are text, not placeholders: `npm run new` writes none in code, quotes or tables.
 */
export function checkPlaceholders(file: string, source: string): Diagnostic[] {
  if (!source.includes('TODO')) return [];
  let inFence = false;
  return source.split(/\r?\n/).flatMap((text, i) => {
    if (FENCE.test(text)) inFence = !inFence;
    if (inFence || text.trimStart().startsWith('|')) return [];
    TODO.lastIndex = 0;
    const match = TODO.exec(text.replace(MENTION, (m) => ' '.repeat(m.length)));
    if (!match) return [];
    const line = text.trim();
    const snippet = line.length > 60 ? `${line.slice(0, 59)}…` : line;
    return [
      report(check.PLACEHOLDER_LEFT, { file, line: i + 1, column: match.index + 1 }, { snippet }),
    ];
  });
}
