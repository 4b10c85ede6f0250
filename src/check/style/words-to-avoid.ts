import { style } from '../../report/catalogue/index.ts';
import { report } from '../../report/diagnostic.ts';
import type { StyleRule } from './rule.ts';
import { columnOf, lineAt } from './segments.ts';

/**
 * A few of the GOV.UK A to Z's words to avoid, each with plainer words to use. A phrase matches in
 * any form listed; `unless` lists next words that make it concrete (you deliver a parcel, a key
 * opens a lock).
 */
interface Avoid {
  forms: string[];
  use: string;
  unless?: (next: string | undefined) => boolean;
}

const NOT_BEFORE_A_NOUN = new Set([
  'to',
  'of',
  'for',
  'and',
  'or',
  'is',
  'was',
  'in',
  'on',
  'at',
  'that',
  'which',
  'stage',
  'you',
  'your',
  'it',
  'can',
  'will',
  'with',
]);
const PHYSICAL = new Set([
  'letter',
  'letters',
  'post',
  'parcel',
  'parcels',
  'package',
  'packages',
  'mail',
  'goods',
  'leaflets',
  'food',
  'medicine',
  'medicines',
  'prescriptions',
  'a',
  'the',
  'your',
]);

export const WORDS_TO_AVOID: Avoid[] = [
  {
    forms: [
      'utilise',
      'utilises',
      'utilised',
      'utilising',
      'utilize',
      'utilizes',
      'utilized',
      'utilizing',
    ],
    use: '"use"',
  },
  { forms: ['leverage', 'leverages', 'leveraged', 'leveraging'], use: '"use" or "influence"' },
  {
    forms: ['facilitate', 'facilitates', 'facilitated', 'facilitating'],
    use: '"help" or "make possible"',
  },
  {
    forms: ['deliver', 'delivers', 'delivered', 'delivering'],
    use: '"make", "create", "provide" or "give"',
    unless: (next) => !!next && PHYSICAL.has(next),
  },
  { forms: ['going forward', 'moving forward'], use: '"from now on" or "in future"' },
  {
    forms: ['key'],
    use: '"important" or "main"',
    unless: (next) => !next || NOT_BEFORE_A_NOUN.has(next),
  },
  { forms: ['robust'], use: '"strong" or "well thought out"' },
  {
    forms: ['streamline', 'streamlines', 'streamlined', 'streamlining'],
    use: '"simplify" or "make faster"',
  },
  {
    forms: ['empower', 'empowers', 'empowered', 'empowering'],
    use: '"allow" or "give permission"',
  },
  {
    forms: ['foster', 'fosters', 'fostered', 'fostering'],
    use: '"encourage" (unless it is about children in care)',
  },
  { forms: ['liaise', 'liaises', 'liaised', 'liaising'], use: '"work with" or "talk to"' },
  { forms: ['overarching'], use: '"main" or "overall"' },
  { forms: ['tackle', 'tackles', 'tackled', 'tackling'], use: '"deal with", "solve" or "stop"' },
  { forms: ['collaborate', 'collaborates', 'collaborated', 'collaborating'], use: '"work with"' },
  { forms: ['initiate', 'initiates', 'initiated', 'initiating'], use: '"start"' },
];

const lookup = new Map(
  WORDS_TO_AVOID.flatMap((avoid) => avoid.forms.map((form) => [form, avoid] as const)),
);

/** Every form's first word: most words of a page are not one, and are passed over at once. */
const firstWords = new Set(
  WORDS_TO_AVOID.flatMap((avoid) => avoid.forms.map((form) => form.split(' ')[0]!)),
);
/** Whether a text holds any of them as a whole word: most paragraphs do not, and are skipped. */
const anyFirstWord = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...firstWords].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** GOV.UK asks for plain words: these are vague, or jargon that readers have to translate. */
export const wordsToAvoid: StyleRule = ({
  file,
  segments,
  frontMatter,
  sourceLine,
  words: pageWords,
}) =>
  [...frontMatter, ...segments].flatMap((segment) => {
    if (!anyFirstWord.test(segment.text)) return [];
    const words = pageWords.of(segment.text);
    const found = [];
    for (let i = 0; i < words.count; i++) {
      const one = words.word(i)!.toLowerCase();
      if (!firstWords.has(one)) continue;
      const two = `${one} ${words.word(i + 1)?.toLowerCase() ?? ''}`;
      const [phrase, avoid, after] = lookup.has(two)
        ? [two, lookup.get(two)!, i + 2]
        : [one, lookup.get(one), i + 1];
      if (!avoid || avoid.unless?.(words.word(after)?.toLowerCase())) continue;
      const start = words.start(i);
      const written =
        segment.text.slice(start).match(new RegExp(`^${phrase.replace(' ', '\\s+')}`, 'i'))?.[0] ??
        words.word(i)!;
      const line = lineAt(segment, start);
      found.push(
        report(
          style.WORD_TO_AVOID,
          { file, line, column: columnOf(sourceLine(line), written) },
          { written: written.replace(/\s+/g, ' '), use: avoid.use },
        ),
      );
    }
    return found;
  });
