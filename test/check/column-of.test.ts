import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnOf } from '../../src/check/style/segments.ts';

/** The plain definition: the phrase as a whole word, found by one regex with Unicode lookarounds. */
function reference(sourceLine: string | undefined, phrase: string, from = 0): number {
  if (!sourceLine) return 1;
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(
    sourceLine.slice(from),
  );
  return match ? from + match.index + 1 : 1;
}

describe('the column of a phrase on a source line', () => {
  it('is the one the plain definition gives, for any line and phrase', () => {
    const piece = fc.constantFrom(
      'a',
      'A',
      'ab',
      'Ab',
      'é',
      'É',
      '1',
      ' ',
      '  ',
      '-',
      '.',
      '*',
      '(',
      '[',
      '\\',
      '𝐀',
      '😀',
      'ß',
      'İ',
      'Σ',
      'ς',
      '\t',
    );
    const text = fc.array(piece, { maxLength: 20 }).map((p) => p.join(''));
    // Phrases are words, link texts and the starts of sentences: never empty, never starting or
    // ending with a space.
    const phrase = text.filter((p) => p.trim() !== '' && p.trim() === p);
    fc.assert(
      fc.property(text, phrase, fc.nat(5), (line, phrase, from) => {
        expect(columnOf(line, phrase, from)).toBe(reference(line, phrase, from));
      }),
      { numRuns: 5_000 },
    );
  });

  it('finds a whole word in any case, and not inside another word', () => {
    expect(columnOf('The Users use it; a user knows.', 'user')).toBe(21);
    expect(columnOf('[Click here](/x/) now', '[Click here]')).toBe(1);
    expect(columnOf('nothing', 'else')).toBe(1);
  });
});
