import { warning } from '../../report/diagnostic.ts';
import type { StyleRule } from './rule.ts';
import { columnOf, lineAt } from './segments.ts';
import { sentencesOf } from './words.ts';

export const MAX_SENTENCE_WORDS = 25;

/** GOV.UK keeps sentences to 25 words at most: longer ones are hard to follow, on any screen. */
export const longSentences: StyleRule = ({ file, segments, sourceLines }) =>
  segments.flatMap((segment) => {
    if (segment.kind !== 'prose') return [];
    return sentencesOf(segment.text).flatMap(({ start, words }) => {
      if (words.length <= MAX_SENTENCE_WORDS) return [];
      const line = lineAt(segment, start);
      const opening = words.slice(0, 6).map((w) => w.text).join(' ');
      return [warning('SENTENCE_TOO_LONG', { file, line, column: columnOf(sourceLines[line - 1], words[0]!.text) },
        `The sentence starting "${opening}..." has ${words.length} words; GOV.UK keeps sentences to ${MAX_SENTENCE_WORDS} or fewer.`,
        'Split it into shorter sentences, or make a list of the things it names.')];
    });
  });
