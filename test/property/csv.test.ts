import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/migrations/csv.ts';

// The migrations' CSV reader is held to csv-parse, a well-kept parser, on the files real exports
// make: quoted fields with commas, quotes and line breaks in them, CRLF, a BOM, blank lines,
// empty fields, a last line with or without its line break.

const COLUMNS = ['old_url', 'new_url', 'status'];

/** A field's text: mostly URL-like, with every character that needs quoting. */
const fieldText = fc.string({
  unit: fc.constantFrom('a', 'B', '/', '?', '=', '-', 'é', ' ', ',', '"', '\n', '\r\n'),
  maxLength: 8,
});

/** A field as an export writes it: quoted when it must be, and sometimes when it need not be. */
const writtenField = fc
  .tuple(fieldText, fc.boolean())
  .map(([text, quoteAnyway]) =>
    quoteAnyway || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text,
  );

/** A row of fields: usually as many as the header has, sometimes one more or fewer. */
const row = fc
  .oneof(
    { weight: 6, arbitrary: fc.constant(COLUMNS.length) },
    { weight: 1, arbitrary: fc.constantFrom(1, COLUMNS.length - 1, COLUMNS.length + 1) },
  )
  .chain((n) => fc.array(writtenField, { minLength: n, maxLength: n }))
  .map((fields) => fields.join(','));

/** The header: the columns in any order and case, sometimes quoted. */
const header = fc
  .shuffledSubarray(COLUMNS, { minLength: COLUMNS.length, maxLength: COLUMNS.length })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc
          .tuple(fc.constantFrom(name, name.toUpperCase()), fc.boolean())
          .map(([text, quoted]) => (quoted ? `"${text}"` : text)),
      ),
    ),
  )
  .map((names) => names.join(','));

/** A whole file: header, rows and blank lines, either line ending, maybe a BOM and a last break. */
const csvFile = fc
  .record({
    header,
    rows: fc.array(
      fc.oneof({ weight: 5, arbitrary: row }, { weight: 1, arbitrary: fc.constant('') }),
      {
        maxLength: 8,
      },
    ),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    lastBreak: fc.boolean(),
  })
  .map(
    ({ header, rows, eol, bom, lastBreak }) =>
      `${bom ? '\uFEFF' : ''}${[header, ...rows].join(eol)}${lastBreak ? eol : ''}`,
  );

/**
 * csv-parse's records, each with the line it starts on and its text as written. (csv-parse's raw
 * text ends with some or all of the line break after the record; that break is left out here.)
 */
function recordsOf(text: string): Array<{ line: number; values: string[]; written: string }> {
  // With `raw`, csv-parse gives each record with its text, which its types do not say.
  const records = parse(text, {
    bom: true,
    raw: true,
    relax_column_count: true,
  }) as unknown as Array<{
    record: string[];
    raw: string;
  }>;
  let nextLine = 1;
  return records.map(({ record, raw }) => {
    const written = raw.replace(/[\r\n]+$/, '');
    const line = nextLine;
    nextLine += written.split('\n').length;
    return { line, values: record, written };
  });
}

/**
 * What readCsv must answer, worked out from csv-parse's records: blank records skipped, the
 * first one the header, and each later one a row by column name (values trimmed) or, when it has
 * the wrong number of fields or a line break in a field, a malformed row on the line it starts on.
 */
function expectedFrom(text: string) {
  const lined = recordsOf(text);
  const [head, ...rest] = lined.filter(({ values }) => values.some((v) => v.trim() !== ''));
  const names = head!.values.map((name) => name.trim().toLowerCase());
  const rows: Array<{ line: number; fields: Record<string, string> }> = [];
  const malformed: number[] = [];
  for (const { line, values } of rest) {
    if (values.length !== names.length || values.some((v) => /[\r\n]/.test(v))) {
      malformed.push(line);
      continue;
    }
    rows.push({ line, fields: Object.fromEntries(names.map((n, i) => [n, values[i]!.trim()])) });
  }
  return { rows, malformed };
}

const codesAndLines = (diagnostics: ReadonlyArray<{ code: string; line?: number }>) =>
  diagnostics.map(({ code, line }) => [code, line]);

describe('the CSV reader of the migrations map, beside csv-parse', () => {
  it('reads every well-formed file into the same rows, on the same lines', () => {
    fc.assert(
      fc.property(csvFile, (text) => {
        const { rows, malformed } = expectedFrom(text);
        const read = readCsv(text, 'site.csv', COLUMNS);
        expect(read.rows).toEqual(rows);
        expect(codesAndLines(read.diagnostics)).toEqual(
          malformed.map((line) => ['MIGRATION_MALFORMED_ROW', line]),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('reports a stray quote, which csv-parse refuses, on its own line and reads the rest', () => {
    const broken = fc.record({
      file: csvFile,
      at: fc.nat(),
      flaw: fc.constantFrom('/a"b', '"/a'),
      eol: fc.constantFrom('\n', '\r\n'),
    });
    fc.assert(
      fc.property(broken, ({ file, at, flaw, eol }) => {
        // The flawed record goes on its own line after the header, between whole records; a quote
        // never closed goes last, where no later quote can close it.
        const records = recordsOf(file);
        const cut = flaw === '"/a' ? records.length : 1 + (at % records.length);
        const withRecord = (record: string) =>
          [
            ...records.slice(0, cut).map((r) => r.written),
            record,
            ...records.slice(cut).map((r) => r.written),
          ].join(eol);
        const text = withRecord(`${flaw},/b,301`);
        const line =
          cut === records.length
            ? records.at(-1)!.line + records.at(-1)!.written.split('\n').length
            : records[cut]!.line;
        expect(() => parse(text, { bom: true, relax_column_count: true })).toThrow();
        const read = readCsv(text, 'site.csv', COLUMNS);
        const syntax = read.diagnostics.filter((d) => d.code === 'MIGRATION_CSV_SYNTAX');
        expect(syntax.map((d) => d.line)).toEqual([line]);
        // Every other row is read as it would be with a blank line in the flawed one's place.
        expect(read.rows).toEqual(expectedFrom(withRecord('')).rows);
      }),
      { numRuns: 500 },
    );
  });
});
