import type { Token } from 'markdown-it';
import type { Page } from '../../content/index.ts';
import { style } from '../../report/catalogue/index.ts';
import { READING_AGE_MIN_WORDS } from '../../report/catalogue/limits.ts';
import { type Diagnostic, report } from '../../report/diagnostic.ts';
import { allCaps } from './all-caps.ts';
import { headingLevels } from './headings.ts';
import { linkText } from './link-text.ts';
import { longSentences } from './long-sentences.ts';
import { type ReadingAge, readingAge } from './reading-age.ts';
import type { StyleInput, StyleRule } from './rule.ts';
import { segmentsOf } from './segments.ts';
import type { StyleCheck, StyleSettings } from './settings.ts';
import { PageWords } from './words.ts';
import { wordsToAvoid } from './words-to-avoid.ts';

export type { ReadingAge } from './reading-age.ts';
export {
  type StyleSettings,
  styleSettingsFor,
  styleSettingsOfFile,
  unknownStyleChecks,
  withStyleSettings,
} from './settings.ts';

/** Rules that judge English words; a page in another language (e.g. `lang: cy`) skips them. */
const ENGLISH_ONLY = new Set<StyleCheck>(['words_to_avoid', 'link_text', 'reading_age']);

const RULES: Array<[StyleCheck, StyleRule]> = [
  ['heading_levels', headingLevels],
  ['link_text', linkText],
  ['words_to_avoid', wordsToAvoid],
  ['all_caps', allCaps],
  ['long_sentences', longSentences],
];

export interface PageStyle {
  diagnostics: Diagnostic[];
  readingAge?: ReadingAge;
}

/**
 * GOV.UK style guide checks on one page, as warnings. `tokens` are the page body's markdown-it
 * tokens; `source` is the whole file, for columns; `english` is false for pages in other languages.
 */
export function checkPageStyle(
  page: Page,
  tokens: readonly Token[],
  source: string,
  settings: StyleSettings,
  english: boolean,
): PageStyle {
  const { segments, links } = segmentsOf(tokens, page.bodyLine);
  const frontMatter = (['title', 'description'] as const).map((field) => ({
    kind: 'prose' as const,
    text: page.data[field],
    line: page.lines[field] ?? 1,
  }));
  const words = new PageWords();
  let lines: string[] | undefined;
  const sourceLine = (line: number) => (lines ??= source.split(/\r?\n/))[line - 1];
  const input: StyleInput = { file: page.file, segments, links, sourceLine, frontMatter, words };
  const applies = (check: StyleCheck) =>
    settings.enabled.has(check) && (english || !ENGLISH_ONLY.has(check));
  const diagnostics = RULES.filter(([check]) => applies(check)).flatMap(([, rule]) => rule(input));

  const age = english ? readingAge(segments, words) : undefined;
  if (
    age &&
    applies('reading_age') &&
    age.words >= READING_AGE_MIN_WORDS &&
    age.age > settings.readingAgeLimit
  ) {
    diagnostics.push(
      report(
        style.READING_AGE_HIGH,
        { file: page.file, line: page.bodyLine, column: 1 },
        { age: age.age, limit: settings.readingAgeLimit },
      ),
    );
  }
  return { diagnostics, readingAge: age };
}
