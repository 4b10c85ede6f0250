/**
 * Reads a CSV export the way real exports come: a BOM, CRLF, blank lines, quoted fields, a header
 * in any case and any column order. Each row keeps its line number; a bad row becomes a
 * diagnostic and the good rows still load.
 */
import { migrations } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';

export interface CsvRow {
  line: number;
  /** Field values by lowercased column name, trimmed. */
  fields: Record<string, string>;
}

interface Parsed {
  line: number;
  values: string[];
}

const NOT_CLOSED = 'a quote opened on this line is never closed';
const TEXT_AFTER_QUOTE = 'a quoted field has more text after its closing quote';
const QUOTE_INSIDE = 'a field has a quote inside it but does not start with one';

type RecordRead = { values: string[]; end: number } | { problem: string; end: number };

const skipSpaces = (text: string, at: number) => {
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
};

/**
 * Reads the record that starts on `lines[first]`; `end` is the last line it takes. A quoted field
 * may run on over lines (the caller reports it); a quote never closed takes only its own line.
 */
function readRecord(lines: string[], first: number): RecordRead {
  let text = lines[first]!;
  // Exports quote only the fields that need it, so most lines have no quote at all.
  if (!text.includes('"')) return { values: text.split(','), end: first };
  const values: string[] = [];
  let end = first;
  for (let at = 0; ; at++) {
    const open = skipSpaces(text, at);
    if (text[open] !== '"') {
      const comma = text.indexOf(',', at);
      const value = comma === -1 ? text.slice(at) : text.slice(at, comma);
      if (value.includes('"')) return { problem: QUOTE_INSIDE, end };
      values.push(value);
      if (comma === -1) return { values, end };
      at = comma;
      continue;
    }
    let value = '';
    for (let from = open + 1; ; ) {
      const quote = text.indexOf('"', from);
      if (quote === -1) {
        if (end + 1 >= lines.length) return { problem: NOT_CLOSED, end: first };
        text += `\n${lines[++end]}`;
      } else if (text[quote + 1] === '"') {
        value += text.slice(from, quote + 1);
        from = quote + 2;
      } else {
        value += text.slice(from, quote);
        at = skipSpaces(text, quote + 1);
        break;
      }
    }
    values.push(value);
    if (at === text.length) return { values, end };
    if (text[at] !== ',') return { problem: TEXT_AFTER_QUOTE, end };
  }
}

/** Records with the line each starts on. A record that cannot be read is reported and skipped. */
function parseWithLines(text: string, file: string, diagnostics: Diagnostic[]): Parsed[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: Parsed[] = [];
  for (let i = 0; i < lines.length; i++) {
    const record = readRecord(lines, i);
    if ('problem' in record)
      diagnostics.push(
        report(migrations.MIGRATION_CSV_SYNTAX, { file, line: i + 1 }, { detail: record.problem }),
      );
    else out.push({ line: i + 1, values: record.values });
    i = record.end;
  }
  return out;
}

/** A header name as we compare it: lowercase, spaces and underscores one `_` (`Old Url` -> `old_url`). */
const columnName = (name: string, aliases: Readonly<Record<string, string>>) => {
  const plain = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '_');
  return aliases[plain] ?? plain;
};

/**
 * Parses `text` and checks its header holds `columns` (lowercase). Extra columns are ignored;
 * a row with fewer or more fields than the header, or with a line break in a field, is reported.
 * `aliases` renames other exports' headers to ours (`suggested_link` -> `suggested_url`).
 */
export function readCsv(
  text: string,
  file: string,
  columns: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
) {
  const diagnostics: Diagnostic[] = [];
  const rows: CsvRow[] = [];
  const blank = (r: Parsed) => r.values.every((value) => value.trim() === '');
  const records = parseWithLines(text, file, diagnostics).filter((r) => !blank(r));
  const expected = columns.join(',');
  const header = records.shift();
  if (!header) return { rows, diagnostics };
  const names = header.values.map((name) => columnName(name, aliases));
  const missing = columns.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    diagnostics.push(
      report(migrations.MIGRATION_CSV_HEADER, { file, line: header.line }, { missing, expected }),
    );
    return { rows, diagnostics };
  }
  for (const { line, values } of records) {
    if (values.length !== names.length) {
      const why = `it has ${values.length} field${values.length === 1 ? '' : 's'}, the header has ${names.length}`;
      diagnostics.push(
        report(migrations.MIGRATION_MALFORMED_ROW, { file, line }, { why, expected }),
      );
      continue;
    }
    if (values.some((value) => value.includes('\n'))) {
      diagnostics.push(
        report(
          migrations.MIGRATION_MALFORMED_ROW,
          { file, line },
          { why: 'a quoted field runs over more than one line', expected },
        ),
      );
      continue;
    }
    const fields: Record<string, string> = {};
    for (const [i, name] of names.entries()) fields[name] = (values[i] ?? '').trim();
    rows.push({ line, fields });
  }
  return { rows, diagnostics };
}
