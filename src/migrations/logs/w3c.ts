/**
 * The W3C extended log format that IIS writes: `#Fields:` names the space-separated columns of the
 * lines after it, and a later `#Fields:` line (IIS restarted with other settings) changes them for
 * the rest of the file. Spaces inside a value are written as `+`; `-` is an empty value.
 *
 *     #Fields: date time cs-method cs-uri-stem cs-uri-query sc-status cs(User-Agent)
 *     2026-12-02 10:00:00 GET /page.aspx id=3 200 Mozilla/5.0+(Windows)
 */
import type { ParsedLine } from './request.ts';

/** The columns of the current `#Fields:` line: name -> index. */
export type W3cFields = ReadonlyMap<string, number>;

export function readFieldsLine(line: string): W3cFields | null {
  if (!line.startsWith('#Fields:')) return null;
  const names = line.slice('#Fields:'.length).trim().split(/\s+/);
  return new Map(names.map((name, index) => [name.toLowerCase(), index]));
}

const value = (columns: string[], fields: W3cFields, name: string): string => {
  const index = fields.get(name);
  const text = index === undefined ? '' : (columns[index] ?? '');
  return text === '-' ? '' : text;
};

/** One line under `fields` (null when no `#Fields:` line has come yet). */
export function parseW3cLine(line: string, fields: W3cFields | null): ParsedLine {
  if (line.startsWith('#') || line.trim() === '') return { kind: 'directive' };
  if (!fields) return { kind: 'malformed', why: 'it comes before any #Fields: line' };
  if (!fields.has('cs-uri-stem')) return { kind: 'malformed', why: '#Fields: has no cs-uri-stem' };
  const columns = line.trim().split(' ');
  if (columns.length !== fields.size)
    return {
      kind: 'malformed',
      why: `it has ${columns.length} fields where #Fields: names ${fields.size}`,
    };
  const stem = value(columns, fields, 'cs-uri-stem');
  const query = value(columns, fields, 'cs-uri-query');
  const status = value(columns, fields, 'sc-status');
  return {
    kind: 'request',
    request: {
      // Old IIS logs without cs-method logged GETs only.
      method: fields.has('cs-method') ? value(columns, fields, 'cs-method') : 'GET',
      target: query ? `${stem}?${query}` : stem,
      status: status === '' ? Number.NaN : Number(status),
      userAgent: value(columns, fields, 'cs(user-agent)').replaceAll('+', ' '),
      host: value(columns, fields, 'cs-host'),
    },
  };
}
