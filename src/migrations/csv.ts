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

function parseWithLines(text: string, file: string, diagnostics: Diagnostic[]): Parsed[] {
  const records: string[][] = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      if (err) diagnostics.push(problems.csvSyntax({ file, line: Number(err.lines) }, err.message.replace(/\.$/, '')));
      return undefined;
    },
    // `lines` is where the record ends; a field with line breaks started that many lines earlier.
    // The line goes first in the record, as csv-parse wants records to stay string arrays.
    on_record: (values: string[], context) => {
      const breaks = values.reduce((n, value) => n + (value.match(/\n/g)?.length ?? 0), 0);
      return [String(context.lines - breaks), ...values];
    },
  });
  return records.map(([line, ...values]) => ({ line: Number(line), values }));
}

/**
 * Parses `text` and checks its header holds `columns` (lowercase). Extra columns are ignored;
 * a row with fewer or more fields than the header, or with a line break in a field, is reported.
 */
export function readCsv(text: string, file: string, columns: readonly string[]) {
  const diagnostics: Diagnostic[] = [];
  const rows: CsvRow[] = [];
  const records = parseWithLines(text, file, diagnostics);
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
    if (values.every((value) => value.trim() === '')) continue;
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
