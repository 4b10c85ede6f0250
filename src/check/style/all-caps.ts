import { warning } from '../../report/diagnostic.ts';
import type { StyleRule } from './rule.ts';
import { columnOf, lineAt, type Segment } from './segments.ts';
import { wordsOf, type Span } from './words.ts';

/**
 * Words in capitals read as shouting and are harder to read. Acronyms (VAT, MOT, NHS, HMRC) are
 * capitals too, so a run of capitals is reported only when it is clearly not one: it has an
 * everyday word (DO NOT, MUST), a word of 6 letters or more (IMPORTANT), or 3 words or more.
 */
const EVERYDAY = new Set([
  'a', 'all', 'and', 'any', 'are', 'be', 'but', 'by', 'can', 'do', 'dont', 'for', 'free', 'from', 'get', 'has', 'have',
  'if', 'in', 'is', 'may', 'must', 'need', 'never', 'new', 'no', 'not', 'note', 'now', 'of', 'on', 'only', 'or',
  'our', 'stop', 'the', 'this', 'to', 'we', 'will', 'with', 'you', 'your', 'read', 'call', 'help', 'apply', 'pay',
]);
/** Acronyms of 6 letters or more that are fine in capitals. */
const LONG_ACRONYMS = new Set(['UNESCO', 'UNICEF', 'COVID-19', 'HMCTS', 'BACS', 'CHAPS']);

const isCaps = (word: string) => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && /^[\p{L}'’-]+(-\d+)?$/u.test(word);
const isShouting = (word: string) => {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (LONG_ACRONYMS.has(word)) return false;
  return letters.length >= 6 || EVERYDAY.has(letters.toLowerCase());
};

function capsRuns(segment: Segment): Span[][] {
  const runs: Span[][] = [];
  let run: Span[] = [];
  for (const word of wordsOf(segment.text)) {
    // Most words are not capitals: the cheap tests first (most end in a lowercase ASCII letter).
    const last = word.text.charCodeAt(word.text.length - 1);
    if ((last >= 97 && last <= 122) || word.text !== word.text.toUpperCase()) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const adjacent = run.length && /^[\s,]*$/.test(segment.text.slice(run.at(-1)!.start + run.at(-1)!.text.length, word.start));
    if (isCaps(word.text) && word.text.replace(/[^\p{L}]/gu, '').length >= 2) {
      if (!adjacent && run.length) runs.push(run);
      run = adjacent ? [...run, word] : [word];
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

export const allCaps: StyleRule = ({ file, segments, frontMatter, sourceLines }) =>
  [...frontMatter, ...segments].flatMap((segment) =>
    capsRuns(segment)
      .filter((run) => run.length >= 3 || run.some((word) => isShouting(word.text)))
      .map((run) => {
        const first = run[0]!;
        const last = run.at(-1)!;
        const text = segment.text.slice(first.start, last.start + last.text.length).replace(/\s+/g, ' ');
        const line = lineAt(segment, first.start);
        return warning('ALL_CAPS', { file, line, column: columnOf(sourceLines[line - 1], first.text) },
          `"${text}" is written in capital letters, which is harder to read and reads as shouting.`,
          'Write it in sentence case; to stress something, use a :::warning block or **bold** sparingly.');
      }),
  );
