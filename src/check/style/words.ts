/**
 * Words and sentences of plain text, for the style rules and the reading age. English rules of
 * thumb: a sentence ends at . ! or ? followed by a space (not after "e.g." and friends), and every
 * paragraph, list item and heading ends one too.
 */
export interface Span {
  text: string;
  /** Offset in the text it came from. */
  start: number;
}

export interface Sentence extends Span {
  /** Its words, with their offsets in the whole text. */
  words: readonly Span[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/g;
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'no', 'st', 'vs', 'approx', 'incl']);

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Several rules read the same text (a paragraph, then each of its sentences), so recent answers
 * are kept; the cache is emptied when it grows, which bounds it for any size of site.
 */
function remembered<T>(compute: (text: string) => readonly T[]): (text: string) => readonly T[] {
  const cache = new Map<string, readonly T[]>();
  return (text) => {
    let spans = cache.get(text);
    if (!spans) {
      if (cache.size > 5_000) cache.clear();
      cache.set(text, (spans = compute(text)));
    }
    return spans;
  };
}

export const wordsOf = remembered((text) => [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index })));

/** A sentence's words are the text's words inside it: no word runs over a sentence's end. */
export const sentencesOf = remembered((text): Sentence[] => {
  const words = wordsOf(text);
  let first = 0;
  return splitSentences(text).map((sentence) => {
    while (first < words.length && words[first]!.start < sentence.start) first++;
    let last = first;
    const end = sentence.start + sentence.text.length;
    while (last < words.length && words[last]!.start < end) last++;
    const inside = words.slice(first, last);
    first = last;
    return { ...sentence, words: inside };
  });
});

function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    // Abbreviations are short: the word before the full stop is within the last few characters.
    const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, match.index - 12), match.index))?.[1]?.toLowerCase() ?? '';
    if (match[0] === '.' && ABBREVIATIONS.has(before)) continue;
    const end = match.index + match[0].length;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Span[], text: string, from: number, to: number) {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (HAS_WORD.test(trimmed)) sentences.push({ text: trimmed, start: from + lead });
}

const syllableCounts = new Map<string, number>();

/** English syllables by the usual rule of thumb: vowel groups, less a silent final e or -ed. */
export function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    // A site's vocabulary is small next to its word count: each word is worked out once.
    if (syllableCounts.size > 50_000) syllableCounts.clear();
    syllableCounts.set(word, (count = countSyllables(word)));
  }
  return count;
}

function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  if (w.length <= 3) return 1;
  const stem = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, stem.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}
