import { type Diagnostic, error } from '../report/diagnostic.ts';

const TODO = /\bTODO\b/g;

/**
 * TODO left in a page, e.g. by `npm run new`, is an error: the page would publish with a
 * placeholder where the reader needs an answer. One diagnostic per line.
 */
export function checkPlaceholders(file: string, source: string): Diagnostic[] {
  if (!source.includes('TODO')) return [];
  return source.split(/\r?\n/).flatMap((text, i) => {
    TODO.lastIndex = 0;
    const match = TODO.exec(text);
    if (!match) return [];
    const line = text.trim();
    const snippet = line.length > 60 ? `${line.slice(0, 59)}…` : line;
    return [
      error(
        'PLACEHOLDER_LEFT',
        { file, line: i + 1, column: match.index + 1 },
        `The page still has a TODO placeholder: ${snippet}`,
        'Replace the TODO with the real text before the page is published.',
      ),
    ];
  });
}
