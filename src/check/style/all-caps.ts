import { style } from '../../report/catalogue/index.ts';
import { report } from '../../report/diagnostic.ts';
import type { StyleRule } from './rule.ts';
import { columnOf, lineAt } from './segments.ts';
import type { Words } from './words.ts';

/**
 * Words in capitals read as shouting and are harder to read. Acronyms (VAT, MOT, NHS, HMRC) are
 * capitals too, so a run of capitals is reported only when it is clearly not one: it has an
 * everyday word (DO NOT, MUST), a word of 6 letters or more (IMPORTANT), or 3 words or more.
 */
const EVERYDAY = new Set([
  'a',
  'all',
  'and',
  'any',
  'are',
  'be',
  'but',
  'by',
  'can',
  'do',
  'dont',
  'for',
  'free',
  'from',
  'get',
  'has',
  'have',
  'if',
  'in',
  'is',
  'may',
  'must',
  'need',
  'never',
  'new',
  'no',
  'not',
  'note',
  'now',
  'of',
  'on',
  'only',
  'or',
  'our',
  'stop',
  'the',
  'this',
  'to',
  'we',
  'will',
  'with',
  'you',
  'your',
  'read',
  'call',
  'help',
  'apply',
  'pay',
]);
/** Acronyms of 6 letters or more that are fine in capitals. */
const LONG_ACRONYMS = new Set(['UNESCO', 'UNICEF', 'COVID-19', 'HMCTS', 'BACS', 'CHAPS']);

const isCaps = (word: string) =>
  /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && /^[\p{L}'’-]+(-\d+)?$/u.test(word);
const isShouting = (word: string) => {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (LONG_ACRONYMS.has(word)) return false;
  return letters.length >= 6 || EVERYDAY.has(letters.toLowerCase());
};

/** A run of words in capitals, by index in the text's words. */
type Run = { first: number; last: number };

function capsRuns(words: Words): Run[] {
  const { text } = words;
  const runs: Run[] = [];
  let run: Run | undefined;
  for (let i = 0; i < words.count; i++) {
    // Most words are not capitals: the cheap tests first (most end in a lowercase ASCII letter).
    const last = text.charCodeAt(words.end(i) - 1);
    const word = last >= 97 && last <= 122 ? undefined : words.word(i)!;
    if (word === undefined || word !== word.toUpperCase()) {
      if (run) runs.push(run);
      run = undefined;
      continue;
    }
    const adjacent = run && /^[\s,]*$/.test(text.slice(words.end(run.last), words.start(i)));
    if (isCaps(word) && word.replace(/[^\p{L}]/gu, '').length >= 2) {
      if (!adjacent && run) runs.push(run);
      run = adjacent ? { first: run!.first, last: i } : { first: i, last: i };
    } else if (run) {
      runs.push(run);
      run = undefined;
    }
  }
  if (run) runs.push(run);
  return runs;
}

export const allCaps: StyleRule = ({ file, segments, frontMatter, sourceLine, words: pageWords }) =>
  [...frontMatter, ...segments].flatMap((segment) => {
    const words = pageWords.of(segment.text);
    return capsRuns(words)
      .filter(
        ({ first, last }) => last - first >= 2 || words.slice(first, last + 1).some(isShouting),
      )
      .map(({ first, last }) => {
        const text = segment.text.slice(words.start(first), words.end(last)).replace(/\s+/g, ' ');
        const line = lineAt(segment, words.start(first));
        return report(
          style.ALL_CAPS,
          { file, line, column: columnOf(sourceLine(line), words.word(first)!) },
          { text },
        );
      });
  });
