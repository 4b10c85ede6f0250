import {
  DESCRIPTION_MAX_CHARACTERS,
  GOVUK_READING_AGE,
  SENTENCE_MAX_WORDS,
  TITLE_MAX_CHARACTERS,
} from './limits.ts';
import { area, rule } from './rule.ts';

/**
 * The GOV.UK style guide's rules, as warnings a department can turn off one by one in its
 * _department.yml (`style_checks`, src/check/style/settings.ts).
 */
export const style = area('style', {
  TITLE_TOO_LONG: rule({
    title: 'The title is longer than search engines show',
    severity: 'warning',
    message: ({ length }: { length: number }) =>
      `The title is ${length} characters; search engines cut titles after about ${TITLE_MAX_CHARACTERS}.`,
    fix: `Shorten the title to ${TITLE_MAX_CHARACTERS} characters or fewer.`,
    example: { length: 72 },
  }),
  DESCRIPTION_TOO_LONG: rule({
    title: 'The description is longer than search results show',
    severity: 'warning',
    message: ({ length }: { length: number }) =>
      `The description is ${length} characters; search results cut it after about ${DESCRIPTION_MAX_CHARACTERS}.`,
    fix: `Shorten the description to one sentence of ${DESCRIPTION_MAX_CHARACTERS} characters or fewer.`,
    example: { length: 190 },
  }),
  HEADING_H1_IN_BODY: rule({
    title: 'The body has a top-level heading',
    severity: 'warning',
    message: ({ text }: { text: string }) =>
      `The heading "${text}" is a top-level heading (#), but the page title is already the page's only one.`,
    fix: `Start it with "##" instead of "#", and the headings under it one "#" more.`,
    example: { text: 'How to register' },
  }),
  HEADING_SKIPS_LEVEL: rule({
    title: 'A heading skips a level',
    severity: 'warning',
    message: ({ text, from, to }: { text: string; from: number; to: number }) =>
      `The heading "${text}" jumps from level ${from} to level ${to}, so it looks like a heading is missing.`,
    fix: ({ from }) => `Use ${'#'.repeat(from + 1)} for this heading.`,
    example: { text: 'Paying by card', from: 2, to: 4 },
  }),
  LINK_TEXT_VAGUE: rule({
    title: 'Link text does not say where the link goes',
    severity: 'warning',
    message: ({ text }: { text: string }) =>
      `The link text "${text}" does not say where the link goes.`,
    fix: 'Use the name of the page or what the reader can do there, e.g. "[check your VAT rates](/vat/rates/)".',
    example: { text: 'click here' },
  }),
  WORD_TO_AVOID: rule({
    title: 'A word on the GOV.UK list of words to avoid',
    severity: 'warning',
    message: ({ written }: { written: string; use: string }) =>
      `"${written}" is on the GOV.UK list of words to avoid: it is vague or jargon.`,
    fix: ({ use }) => `Use ${use}, or say exactly what happens.`,
    example: { written: 'facilitate', use: '"help" or "make possible"' },
  }),
  ALL_CAPS: rule({
    title: 'Text written in capital letters',
    severity: 'warning',
    message: ({ text }: { text: string }) =>
      `"${text}" is written in capital letters, which is harder to read and reads as shouting.`,
    fix: 'Write it in sentence case; to stress something, use a :::warning block or **bold** sparingly.',
    example: { text: 'YOU MUST APPLY NOW' },
  }),
  SENTENCE_TOO_LONG: rule({
    title: 'A sentence is longer than GOV.UK allows',
    severity: 'warning',
    message: ({ opening, words }: { opening: string; words: number }) =>
      `The sentence starting "${opening}..." has ${words} words; GOV.UK keeps sentences to ${SENTENCE_MAX_WORDS} or fewer.`,
    fix: 'Split it into shorter sentences, or make a list of the things it names.',
    example: { opening: 'If you are registered for VAT', words: 31 },
  }),
  READING_AGE_HIGH: rule({
    title: "The page's reading age is above its department's limit",
    severity: 'warning',
    message: ({ age, limit }: { age: number; limit: number }) =>
      `The page has a reading age of about ${age}; this department aims for ${limit} or under (GOV.UK aims for ${GOVUK_READING_AGE}).`,
    fix: 'Use shorter sentences and everyday words; split long paragraphs and use lists.',
    example: { age: 17, limit: 14 },
  }),
  STYLE_CHECK_UNKNOWN: rule({
    title: '_department.yml turns off a style check that does not exist',
    severity: 'warning',
    message: ({ key }: { key: string; near?: string; known: readonly string[] }) =>
      `"${key}" under style_checks is not a style check, so it changes nothing.`,
    fix: ({ near, known }) =>
      near ? `Rename it to "${near}".` : `Use one of: ${known.join(', ')}.`,
    example: { key: 'long_sentence', near: 'long_sentences', known: ['long_sentences'] },
  }),
});
