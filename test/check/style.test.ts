import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.ts';
import { readingAge } from '../../src/check/style/reading-age.ts';
import { sentencesOf, syllablesOf, WORD, Words } from '../../src/check/style/words.ts';
import { checkSite } from './helpers.ts';

const page = 'content/tax-office/vat/style.md';
const today = '2025-01-01';

const result = await runCheck({ root: checkSite('published', 'style'), today });

describe('GOV.UK style rules, as warnings on the line and column they are about', () => {
  const of = (file: string) =>
    result.diagnostics
      .filter((d) => d.file === file)
      .map(({ code, line, column, message }) => ({ code, line, column, message }));

  it('reports each rule on the style fixture page', () => {
    expect(of(page)).toEqual([
      {
        code: 'ALL_CAPS',
        line: 2,
        column: 8,
        message:
          '"VAT GUIDANCE FOR BUSINESSES" is written in capital letters, which is harder to read and reads as shouting.',
      },
      {
        code: 'WORD_TO_AVOID',
        line: 3,
        column: 21,
        message: '"utilise" is on the GOV.UK list of words to avoid: it is vague or jargon.',
      },
      {
        code: 'REVIEW_OVERDUE',
        line: 5,
        column: 1,
        message:
          'The page was due for review on 2024-06-01, 214 days ago; its owner is vat@example.gov.',
      },
      {
        code: 'WORD_TO_AVOID',
        line: 9,
        column: 9,
        message: '"utilise" is on the GOV.UK list of words to avoid: it is vague or jargon.',
      },
      {
        code: 'LINK_TEXT_VAGUE',
        line: 9,
        column: 41,
        message: 'The link text "Click here" does not say where the link goes.',
      },
      {
        code: 'HEADING_SKIPS_LEVEL',
        line: 11,
        column: 1,
        message:
          'The heading "Deadlines" jumps from level 1 to level 3, so it looks like a heading is missing.',
      },
      {
        code: 'SENTENCE_TOO_LONG',
        line: 13,
        column: 1,
        message:
          'The sentence starting "This is a very long sentence..." has 32 words; GOV.UK keeps sentences to 25 or fewer.',
      },
      {
        code: 'ALL_CAPS',
        line: 15,
        column: 5,
        message:
          '"MUST NOT" is written in capital letters, which is harder to read and reads as shouting.',
      },
      {
        code: 'WORD_TO_AVOID',
        line: 17,
        column: 4,
        message: '"deliver" is on the GOV.UK list of words to avoid: it is vague or jargon.',
      },
      {
        code: 'WORD_TO_AVOID',
        line: 17,
        column: 12,
        message: '"key" is on the GOV.UK list of words to avoid: it is vague or jargon.',
      },
      {
        code: 'WORD_TO_AVOID',
        line: 17,
        column: 25,
        message: '"going forward" is on the GOV.UK list of words to avoid: it is vague or jargon.',
      },
      {
        code: 'HEADING_H1_IN_BODY',
        line: 19,
        column: 1,
        message:
          'The heading "A second title" is a top-level heading (#), but the page title is already the page\'s only one.',
      },
    ]);
  });

  it('are warnings only, with the fix', () => {
    const fixes = result.diagnostics.filter((d) => d.file === page);
    expect(new Set(fixes.map((d) => d.severity))).toEqual(new Set(['warning']));
    expect(fixes.find((d) => d.code === 'WORD_TO_AVOID')?.fix).toBe(
      'Use "use", or say exactly what happens.',
    );
  });

  it('lets a department turn checks off, and names a misspelt one', () => {
    expect(of('content/digital-service/help/long.md').map((d) => d.code)).toEqual([
      'READING_AGE_HIGH',
    ]);
    expect(of('content/digital-service/_department.yml')).toEqual([
      {
        code: 'STYLE_CHECK_UNKNOWN',
        line: 7,
        column: 3,
        message: '"all_cap" under style_checks is not a style check, so it changes nothing.',
      },
    ]);
  });

  it('gives each checked page its reading age', () => {
    const ages = Object.fromEntries(result.pages.map((p) => [p.file, p.readingAge?.age]));
    expect(ages).toEqual({
      'content/digital-service/help/index.md': 13,
      'content/digital-service/help/long.md': 16,
      'content/tax-office/vat/rates.md': 14,
      'content/tax-office/vat/register.md': 8,
      [page]: 8,
    });
    expect(of('content/digital-service/help/long.md')[0]!.message).toBe(
      'The page has a reading age of about 16; this department aims for 14 or under (GOV.UK aims for 9).',
    );
  });
});

describe('words, sentences and reading age', () => {
  it('does not end a sentence after an abbreviation', () => {
    const text = '  Bring ID, e.g. a passport. Then pay! ... ';
    expect(
      sentencesOf(new Words(text)).map((s) => [text.slice(s.start, s.end), s.wordCount]),
    ).toEqual([
      ['Bring ID, e.g. a passport.', 6],
      ['Then pay!', 2],
    ]);
  });

  it('keeps hyphenated words and apostrophes whole', () => {
    const words = new Words("You'll need a self-assessment form.");
    expect(Array.from({ length: words.count }, (_, i) => words.word(i))).toEqual([
      "You'll",
      'need',
      'a',
      'self-assessment',
      'form',
    ]);
  });

  it('finds the same words as the word pattern in any text, Welsh and emoji included', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '9',
      'ŵ',
      'É',
      '𝐀',
      '😀',
      "'",
      '’',
      '-',
      ' ',
      '.',
      '\n',
      ',',
      '\uD835',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        (text) => {
          const words = new Words(text);
          const found = Array.from({ length: words.count }, (_, i) => [
            words.start(i),
            words.word(i),
          ]);
          expect(found).toEqual([...text.matchAll(WORD)].map((m) => [m.index, m[0]]));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts syllables by rule of thumb', () => {
    expect(['tax', 'register', 'made', 'important', 'application'].map(syllablesOf)).toEqual([
      1, 3, 1, 3, 4,
    ]);
  });

  it('rates plain text younger than dense text', () => {
    const plain = readingAge([
      {
        kind: 'prose',
        line: 1,
        text: 'You must pay by the end of the month. We will send you a letter.',
      },
    ])!;
    const dense = readingAge([
      {
        kind: 'prose',
        line: 1,
        text: 'Organisations must demonstrate comprehensive compliance with applicable regulatory obligations before commencing operational activities.',
      },
    ])!;
    expect(plain.age).toBeLessThan(9);
    expect(dense.age).toBeGreaterThan(20);
  });
});
