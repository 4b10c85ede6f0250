import type { Segment } from './segments.ts';
import { PageWords, syllablesOf } from './words.ts';

export interface ReadingAge {
  /** Years: the Flesch-Kincaid grade plus 5, the age at which that US school grade is reached. */
  age: number;
  words: number;
  sentences: number;
}

/**
 * Flesch-Kincaid grade level of the page's prose (paragraphs and list items, not headings or
 * tables): 0.39 x words per sentence + 11.8 x syllables per word - 15.59. GOV.UK writes for a
 * reading age of 9; the figure is a guide to how hard the text is, not a measure of a reader.
 */
export function readingAge(
  segments: readonly Segment[],
  pageWords = new PageWords(),
): ReadingAge | undefined {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const segment of segments) {
    if (segment.kind !== 'prose') continue;
    // Every word is in one of the sentences.
    const inSegment = pageWords.of(segment.text);
    sentences += pageWords.sentencesOf(segment.text).length;
    words += inSegment.count;
    for (let i = 0; i < inSegment.count; i++) syllables += syllablesOf(inSegment.word(i)!);
  }
  if (!words) return undefined;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { age: Math.max(5, Math.round(grade + 5)), words, sentences };
}
