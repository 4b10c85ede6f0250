import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlainYaml } from '../../src/content/plain-yaml.ts';
import { parseFullYaml, type YamlPath } from '../../src/content/yaml.ts';

const PLAIN_STRINGS = [
  'Pay your tax',
  'a:b',
  'a#b',
  '2024-03-01',
  'yes',
  'on',
  '1_000',
  'Pay [now]',
  'foo,bar',
  'é à ŵ',
  ' spaced ',
  'http://example.org/a?b=c#d',
  "'It''s here'",
  '"a: b"',
];
const PLAIN_VALUES = [
  ...PLAIN_STRINGS,
  'true',
  'false',
  '[a, b]',
  '[a b, c]',
  '[]',
  '[ ]',
  '[a#b, c]',
  '[a:b]',
];
/** Values that YAML reads in surprising ways, or that end a plain value early. */
const TRICKY_VALUES = [
  'VAT: what to do',
  'a #b',
  'a # comment',
  'True',
  'null',
  '~',
  'Null',
  '1',
  '-1',
  '+1',
  '07',
  '0o7',
  '0x1F',
  '0X1F',
  '1e3',
  '.5',
  '5.',
  '.inf',
  '-.Inf',
  '.NaN',
  '"back\\slash"',
  "'a' b",
  '[a, b,]',
  '[a, [b]]',
  '["a", b]',
  '[a: b]',
  '[a, b] # c',
  '-5 degrees',
  '- x',
  '? x',
  ':x',
  '@x',
  '%x',
  '&a x',
  '*a',
  '!tag x',
  '|',
  '>',
  'x:',
  'a\tb',
  '',
];
const value = fc.oneof(
  { arbitrary: fc.constantFrom(...PLAIN_VALUES), weight: 30 },
  { arbitrary: fc.constantFrom(...TRICKY_VALUES), weight: 1 },
);
const item = fc.oneof(
  { arbitrary: fc.constantFrom(...PLAIN_STRINGS), weight: 30 },
  { arbitrary: fc.constantFrom(...PLAIN_VALUES, ...TRICKY_VALUES), weight: 1 },
);
const key = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'title',
      'description',
      'topics',
      'owner',
      'related',
      'draft',
      'a-b',
      'x_1',
    ),
    weight: 20,
  },
  { arbitrary: fc.constantFrom('null', 'true', '1a', '"quoted"', '? x'), weight: 1 },
);
const indent = fc.constantFrom('', ' ', '  ', '    ');

const often = <T>(usual: T, ...others: T[]) =>
  fc.oneof(
    { arbitrary: fc.constant(usual), weight: 10 },
    { arbitrary: fc.constantFrom(...others), weight: 1 },
  );

/** A field: `key: value`, or `key:` and its list items, sometimes with a blank or comment line inside. */
const field = fc
  .tuple(
    key,
    often(': ', ':  ', ':', ' : '),
    value,
    fc.array(item, { maxLength: 3 }),
    indent,
    often('- ', '-  ', '-'),
    often<string[]>([], [''], ['# a comment'], ['  # indented comment']),
  )
  .map(([k, colon, v, items, space, dash, between]) =>
    items.length
      ? [`${k}:`, ...between, ...items.map((item) => `${space}${dash}${item}`)]
      : [`${k}${colon}${v}`],
  );
/** `key:` with fields below it, or with list items of fields: columns now and then out of line. */
const subField = fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`);
const nestedField = fc
  .tuple(
    key,
    fc.array(subField, { minLength: 1, maxLength: 3 }),
    fc.constantFrom(1, 2, 4),
    often(0, 1, -1),
  )
  .map(([k, fields, column, skew]) => [
    `${k}:`,
    ...fields.map((f, i) => `${' '.repeat(i ? column + skew : column)}${f}`),
  ]);
const itemsOfFields = fc
  .tuple(
    key,
    fc.array(fc.array(subField, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    indent,
    often('- ', '-  '),
    often(0, 2, -1),
  )
  .map(([k, items, space, dash, skew]) => [
    `${k}:`,
    ...items.flatMap(([first, ...more]) => [
      `${space}${dash}${first}`,
      ...more.map((f) => `${' '.repeat(space.length + dash.length + skew)}${f}`),
    ]),
  ]);
const document = fc
  .tuple(
    fc.uniqueArray(fc.oneof({ arbitrary: field, weight: 4 }, nestedField, itemsOfFields), {
      maxLength: 6,
      selector: (lines) => lines[0]!.split(':')[0],
    }),
    often<[number, string] | null>(
      null,
      ...['---', '...', '  continued', '- item', 'title:', '  - x'].map(
        (line, i): [number, string] => [i * 3, line],
      ),
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([fields, noise, end]) => {
    const lines = fields.flat();
    // Now and then a line out of place.
    if (noise) lines.splice(noise[0] % (lines.length + 1), 0, noise[1]);
    return lines.join(end);
  });

const pathsOf = (data: unknown): YamlPath[] => [
  [],
  ['missing'],
  ['title', 0],
  ...Object.entries(data as Record<string, unknown>).flatMap(([key, value]): YamlPath[] => [
    [key],
    [key, 0],
    [key, 5],
    [key, 'date'],
    [key, 'missing'],
    ...(Array.isArray(value)
      ? value.flatMap((_, i) => [
          [key, i, 'deeper'],
          [key, i, 'title'],
        ])
      : []),
  ]),
];

describe('the plain YAML of front matter, read fast', () => {
  it('reads a typical front matter with the line of every field and list item', () => {
    const yaml = parsePlainYaml(
      'title: Pay VAT\ntopics: [tax, vat]\nlegacy_urls:\n  - http://old.example.org/a\n  - /b/\ndraft: true',
      2,
    )!;
    expect(yaml.data).toEqual({
      title: 'Pay VAT',
      topics: ['tax', 'vat'],
      legacy_urls: ['http://old.example.org/a', '/b/'],
      draft: true,
    });
    expect([
      yaml.lineOf(['title']),
      yaml.lineOf(['topics', 1]),
      yaml.lineOf(['legacy_urls', 1]),
      yaml.lineOf(['owner']),
    ]).toEqual([2, 3, 6, 2]);
  });

  it("reads a page's changes and withdrawal, fields one level down", () => {
    const yaml = parsePlainYaml(
      'title: Old\nchanges:\n  - date: 2026-02-03\n    note: Prices updated.\n  - date: 2025-09-15\n    note: First published.\nwithdrawn:\n  date: 2026-03-01\n  reason: Replaced',
      2,
    )!;
    expect(yaml.data).toEqual({
      title: 'Old',
      changes: [
        { date: '2026-02-03', note: 'Prices updated.' },
        { date: '2025-09-15', note: 'First published.' },
      ],
      withdrawn: { date: '2026-03-01', reason: 'Replaced' },
    });
    expect([
      yaml.lineOf(['changes', 1]),
      yaml.lineOf(['changes', 1, 'note']),
      yaml.lineOf(['withdrawn', 'reason']),
    ]).toEqual([6, 7, 10]);
  });

  it('leaves deeper fields, numbers and comments after a value to the full parser', () => {
    expect(parsePlainYaml('withdrawn:\n  date:\n    day: 1')).toBeUndefined();
    expect(parsePlainYaml('withdrawn:\n  date: 2025-01-01\n  - a list item')).toBeUndefined();
    expect(parsePlainYaml('reading_age_limit: 12')).toBeUndefined();
    expect(parsePlainYaml('title: Pay # not part of the title')).toBeUndefined();
  });

  it("gives the full parser's answer whenever it answers, for any mix of lines", () => {
    let answered = 0;
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 3 }), (text, firstLine) => {
        const fast = parsePlainYaml(text, firstLine);
        if (!fast) return;
        answered++;
        const full = parseFullYaml(text, firstLine);
        expect(full.errors).toEqual([]);
        expect(fast.data).toEqual(full.data);
        for (const path of pathsOf(full.data))
          expect([path, fast.lineOf(path)]).toEqual([path, full.lineOf(path)]);
      }),
      { numRuns: 5000 },
    );
    // The generator is not so hostile that the fast reading never answers.
    expect(answered).toBeGreaterThan(500);
  });
});
