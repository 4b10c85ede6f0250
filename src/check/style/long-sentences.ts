import { warning } from '../../report/diagnostic.ts';
import type { StyleRule } from './rule.ts';
import { columnOf, lineAt } from './segments.ts';

export const MAX_SENTENCE_WORDS = 25;

/** GOV.UK keeps sentences to 25 words at most: longer ones are hard to follow, on any screen. */
export const longSentences: StyleRule = ({ file, segments, sourceLine, words: pageWords }) =>
  segments.flatMap((segment) => {
    if (segment.kind !== 'prose') return [];
    const words = pageWords.of(segment.text);
    return pageWords.sentencesOf(segment.text).flatMap(({ start, firstWord, wordCount }) => {
      if (wordCount <= MAX_SENTENCE_WORDS) return [];
      const line = lineAt(segment, start);
      const opening = words.slice(firstWord, firstWord + 6).join(' ');
      return [
        warning(
          'SENTENCE_TOO_LONG',
          { file, line, column: columnOf(sourceLine(line), words.word(firstWord)!) },
          `The sentence starting "${opening}..." has ${wordCount} words; GOV.UK keeps sentences to ${MAX_SENTENCE_WORDS} or fewer.`,
          'Split it into shorter sentences, or make a list of the things it names.',
        ),
      ];
    });
  });
