/**
 * Words and sentences of plain text, for the style rules and the reading age. English rules of
 * thumb: a sentence ends at . ! or ? followed by a space (not after "e.g." and friends), and every
 * paragraph, list item and heading ends one too.
 *
 * Words are offsets into their text rather than an object and a string each: a large site has
 * millions of words, and allocating for each had `npm run check`'s garbage collector competing
 * with its two threads for the machine's cores.
 */

/** A word: letters and numbers, with apostrophes and hyphens inside (you'll, self-assessment). */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** A word starts at the first letter or number; WORD_AT then finds where it ends. */
const WORD_START = /[\p{L}\p{N}]/gu;
const WORD_AT = new RegExp(WORD.source, 'uy');

/** The words of a text, in order: word `i` is `text.slice(start(i), end(i))`. */
export class Words {
  /** Start and end offsets, two numbers a word. */
  readonly #bounds: number[] = [];

  constructor(readonly text: string) {
    WORD_START.lastIndex = 0;
    while (WORD_START.test(text)) {
      const after = WORD_START.lastIndex;
      // With the u flag, a letter outside the Basic Multilingual Plane is two UTF-16 units.
      const start = after - (after >= 2 && isSurrogatePair(text, after - 2) ? 2 : 1);
      WORD_AT.lastIndex = start;
      WORD_AT.test(text);
      this.#bounds.push(start, WORD_AT.lastIndex);
      WORD_START.lastIndex = WORD_AT.lastIndex;
    }
  }

  get count(): number {
    return this.#bounds.length / 2;
  }

  start(i: number): number {
    return this.#bounds[2 * i]!;
  }

  end(i: number): number {
    return this.#bounds[2 * i + 1]!;
  }

  /** Word `i` itself; undefined past the last word. */
  word(i: number): string | undefined {
    return i < this.count ? this.text.slice(this.start(i), this.end(i)) : undefined;
  }

  /** Words `from` up to `to`, not included. */
  slice(from: number, to: number): string[] {
    return Array.from({ length: Math.min(to, this.count) - from }, (_, k) => this.word(from + k)!);
  }
}

/** A sentence: where it is in the text, without the spaces around it, and which words are in it. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of its first word in the text's Words. */
  firstWord: number;
  wordCount: number;
}

const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/g;
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'st',
  'vs',
  'approx',
  'incl',
]);

/** The sentences holding the words; no word runs over a sentence's end. */
export function sentencesOf(words: Words): Sentence[] {
  const { text } = words;
  const sentences: Sentence[] = [];
  let start = 0;
  let next = 0;
  const push = (end: number) => {
    const firstWord = next;
    while (next < words.count && words.start(next) < end) next++;
    // A stretch without a word (stray punctuation, a list's bullet) is not a sentence.
    if (next > firstWord)
      sentences.push({
        start: skipSpaces(text, start, 1),
        end: skipSpaces(text, end, -1),
        firstWord,
        wordCount: next - firstWord,
      });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    // Abbreviations are short: the word before the full stop is within the last few characters.
    if (
      match[0] === '.' &&
      ABBREVIATIONS.has(wordBefore(text, Math.max(start, match.index - 12), match.index))
    )
      continue;
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}

const wordBefore = (text: string, from: number, to: number) =>
  /([\p{L}.]+)$/u.exec(text.slice(from, to))?.[1]?.toLowerCase() ?? '';

/** The first offset from `at` (forwards) or before `at` (backwards) that is not white space. */
function skipSpaces(text: string, at: number, step: 1 | -1): number {
  let i = at;
  if (step === 1) while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  else while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** JavaScript's white space and line terminators, as trim() and \s know them. */
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const isSurrogatePair = (text: string, i: number) => {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
};

/**
 * One page's words and sentences by text: several rules read the same paragraph, and each is split
 * once. Kept for one page only, so they are garbage the young generation collects cheaply.
 */
export class PageWords {
  readonly #words = new Map<string, Words>();
  readonly #sentences = new Map<string, Sentence[]>();

  of(text: string): Words {
    let words = this.#words.get(text);
    if (!words) this.#words.set(text, (words = new Words(text)));
    return words;
  }

  sentencesOf(text: string): Sentence[] {
    let sentences = this.#sentences.get(text);
    if (!sentences) this.#sentences.set(text, (sentences = sentencesOf(this.of(text))));
    return sentences;
  }
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
