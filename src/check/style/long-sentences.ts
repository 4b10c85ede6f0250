import { style } from '../../report/catalogue/index.ts';
import { SENTENCE_MAX_WORDS } from '../../report/catalogue/limits.ts';
import { report } from '../../report/diagnostic.ts';
import type { StyleRule } from './rule.ts';
import { columnOf, lineAt } from './segments.ts';

/** GOV.UK keeps sentences short (limits.ts): longer ones are hard to follow, on any screen. */
export const longSentences: StyleRule = ({ file, segments, sourceLine, words: pageWords }) =>
  segments.flatMap((segment) => {
    if (segment.kind !== 'prose') return [];
    const words = pageWords.of(segment.text);
    return pageWords.sentencesOf(segment.text).flatMap(({ start, firstWord, wordCount }) => {
      if (wordCount <= SENTENCE_MAX_WORDS) return [];
      const line = lineAt(segment, start);
      const opening = words.slice(firstWord, firstWord + 6).join(' ');
      return [
        report(
          style.SENTENCE_TOO_LONG,
          { file, line, column: columnOf(sourceLine(line), words.word(firstWord)!) },
          { opening, words: wordCount },
        ),
      ];
    });
  });
