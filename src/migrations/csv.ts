/**
 * Reads a CSV export the way real exports come: a BOM, CRLF, blank lines, quoted fields, a header
 * in any case and any column order. Each row keeps its line number; a bad row becomes a
 * diagnostic and the good rows still load.
 */
import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse';
import type { Diagnostic } from '../report/diagnostic.ts';
import { problems } from './diagnostics.ts';

export interface CsvRow {
  line: number;
  /** Field values by lowercased column name, trimmed. */
  fields: Record<string, string>;
}

interface Parsed {
  line: number;
  values: string[];
}

const SYNTAX: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quote opened on this line is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field has more text after its closing quote',
};

/** One fast pass of csv-parse over `lines` from `start`; stops at the first syntax error. */
function pass(lines: string[], start: number, out: Parsed[]): { code: string; message: string } | null {
  let failure: { code: string; message: string; records: number } | null = null;
  // Empty lines stay records here (skipped later), so each record's line can be counted.
  const records: string[][] = parse(lines.slice(start).join('\n'), {
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      const message = (err?.message ?? '').replace(/ at line \d+/, '').replace(/\.$/, '');
      failure ??= { code: err?.code ?? '', message, records: Number(err?.records ?? 0) };
      return undefined;
    },
  });
  let line = start + 1;
  for (const values of failure === null ? records : records.slice(0, (failure as { records: number }).records)) {
    out.push({ line, values });
    line += 1;
    for (const value of values) if (value.includes('\n')) line += value.split('\n').length - 1;
  }
  return failure;
}

/**
 * Records with their lines. A syntax error (a stray quote) can swallow the lines after it, so the
 * row it starts on is reported and parsing starts again on the next line: one bad row costs one
 * more pass, and every good row still loads with its own line number.
 */
function parseWithLines(text: string, file: string, diagnostics: Diagnostic[]): Parsed[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: Parsed[] = [];
  for (let start = 0; start < lines.length; ) {
    const failure = pass(lines, start, out);
    if (!failure) break;
    // The bad record starts on the first non-blank line after the last good one.
    let bad = Math.max(start, out.at(-1)?.line ?? 0);
    while (bad < lines.length - 1 && lines[bad]!.trim() === '') bad++;
    diagnostics.push(problems.csvSyntax({ file, line: bad + 1 }, SYNTAX[failure.code] ?? failure.message));
    start = bad + 1;
  }
  return out;
}

/**
 * Parses `text` and checks its header holds `columns` (lowercase). Extra columns are ignored;
 * a row with fewer or more fields than the header, or with a line break in a field, is reported.
 */
export function readCsv(text: string, file: string, columns: readonly string[]) {
  const diagnostics: Diagnostic[] = [];
  const rows: CsvRow[] = [];
  const blank = (r: Parsed) => r.values.every((value) => value.trim() === '');
  const records = parseWithLines(text, file, diagnostics).filter((r) => !blank(r));
  const expected = columns.join(',');
  const header = records.shift();
  if (!header) return { rows, diagnostics };
  const names = header.values.map((name) => name.trim().toLowerCase());
  const missing = columns.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    diagnostics.push(problems.csvHeader({ file, line: header.line }, missing, expected));
    return { rows, diagnostics };
  }
  for (const { line, values } of records) {
    if (values.length !== names.length) {
      const why = `it has ${values.length} field${values.length === 1 ? '' : 's'}, the header has ${names.length}`;
      diagnostics.push(problems.malformedRow({ file, line }, why, expected));
      continue;
    }
    if (values.some((value) => value.includes('\n'))) {
      diagnostics.push(problems.malformedRow({ file, line }, 'a quoted field runs over more than one line', expected));
      continue;
    }
    const fields: Record<string, string> = {};
    names.forEach((name, i) => (fields[name] = (values[i] ?? '').trim()));
    rows.push({ line, fields });
  }
  return { rows, diagnostics };
}
