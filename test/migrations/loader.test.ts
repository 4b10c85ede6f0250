import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/migrations/csv.ts';
import { loadMigrations } from '../../src/migrations/index.ts';
import { inputsFor } from './helpers.ts';

const messy = path.resolve(import.meta.dirname, '../fixtures/migrations/messy');
const summary = (d: { code: string; file: string; line: number; message: string }) => ({
  code: d.code,
  file: d.file,
  line: d.line,
  message: d.message,
});

describe('loading a messy export (BOM, CRLF, blank lines, header in any case and order, quotes)', () => {
  const { model, diagnostics } = loadMigrations(inputsFor(messy));

  it('loads every good row with its own line number', () => {
    expect(model.mappings.map((m) => [m.line, m.url.key, m.status, m.target])).toEqual([
      [2, 'www.taxoffice.example.org/vat/guide.html', 301, 'https://www.example.gov/vat/'],
      [
        4,
        'www.taxoffice.example.org/guide,%20part%201.html',
        301,
        'https://www.example.gov/vat/rates/',
      ],
      [6, 'www.taxoffice.example.org/news/old.html', 410, null],
      [9, 'www.taxoffice.example.org/income.html', 301, 'https://www.example.gov/income-tax/'],
      [11, 'www.taxoffice.example.org/last.html', 301, 'https://www.example.gov/vat/register/'],
    ]);
  });

  it('reports each bad row at its line, and a stray quote does not swallow the rows after it', () => {
    expect(diagnostics.map(summary)).toEqual([
      {
        code: 'MIGRATION_MALFORMED_ROW',
        file: 'migrations-map/taxoffice.csv',
        line: 7,
        message: 'The row is malformed: it has 4 fields, the header has 3.',
      },
      {
        code: 'MIGRATION_CSV_SYNTAX',
        file: 'migrations-map/taxoffice.csv',
        line: 8,
        message:
          'The CSV cannot be read here: a quoted field has more text after its closing quote.',
      },
      {
        code: 'MIGRATION_MALFORMED_ROW',
        file: 'migrations-map/taxoffice.csv',
        line: 10,
        message: 'The row is malformed: it has 1 field, the header has 3.',
      },
      {
        code: 'MIGRATION_INVALID_HITS',
        file: 'migrations-map/taxoffice.hits.csv',
        line: 6,
        message: 'hits "lots" is not a whole number.',
      },
    ]);
  });

  it('adds up the hits of spellings that normalise to the same URL, aliases included', () => {
    expect(model.hits.map((h) => [h.url.key, h.hits])).toEqual([
      ['www.taxoffice.example.org/vat/guide.html', 120],
      ['www.taxoffice.example.org/unmapped.html', 7],
    ]);
  });
});

describe('readCsv', () => {
  it('reports a quote that is never closed at the line it opens on', () => {
    const { rows, diagnostics } = readCsv('url,hits\n/a,1\n"/b,2\n/c,3\n', 'x.csv', [
      'url',
      'hits',
    ]);
    expect(rows).toEqual([
      { line: 2, fields: { url: '/a', hits: '1' } },
      { line: 4, fields: { url: '/c', hits: '3' } },
    ]);
    expect(diagnostics.map(summary)).toEqual([
      {
        code: 'MIGRATION_CSV_SYNTAX',
        file: 'x.csv',
        line: 3,
        message: 'The CSV cannot be read here: a quote opened on this line is never closed.',
      },
    ]);
  });

  it('reports a quoted field over several lines at the line it starts on', () => {
    const { rows, diagnostics } = readCsv('url,hits\n"/a\nb",1\n/c,3\n', 'x.csv', ['url', 'hits']);
    expect(rows).toEqual([{ line: 4, fields: { url: '/c', hits: '3' } }]);
    expect(diagnostics.map(summary)).toEqual([
      {
        code: 'MIGRATION_MALFORMED_ROW',
        file: 'x.csv',
        line: 2,
        message: 'The row is malformed: a quoted field runs over more than one line.',
      },
    ]);
  });

  it('reads a header after blank lines, and reports a header without the columns', () => {
    expect(readCsv('\n\nURL , HITS\n/a,1', 'x.csv', ['url', 'hits']).rows).toEqual([
      { line: 4, fields: { url: '/a', hits: '1' } },
    ]);
    const { rows, diagnostics } = readCsv('address,count\n/a,1\n', 'x.csv', ['url', 'hits']);
    expect(rows).toEqual([]);
    expect(diagnostics.map(summary)).toEqual([
      {
        code: 'MIGRATION_CSV_HEADER',
        file: 'x.csv',
        line: 1,
        message: 'The header row has no url, hits column, so no row of this file was read.',
      },
    ]);
  });

  it('reads an empty file as no rows', () => {
    expect(readCsv('', 'x.csv', ['url'])).toEqual({ rows: [], diagnostics: [] });
  });

  it('reads doubled quotes inside a quoted field, and spaces around the quotes', () => {
    expect(readCsv('url,note\n"/a,b" , "say ""hi"""\n', 'x.csv', ['url', 'note']).rows).toEqual([
      { line: 2, fields: { url: '/a,b', note: 'say "hi"' } },
    ]);
  });

  it('reports a quote inside a field that does not start with one, and reads the next row', () => {
    const { rows, diagnostics } = readCsv('url,hits\n/a"b,1\n/c,3\n', 'x.csv', ['url', 'hits']);
    expect(rows).toEqual([{ line: 3, fields: { url: '/c', hits: '3' } }]);
    expect(diagnostics.map(summary)).toEqual([
      {
        code: 'MIGRATION_CSV_SYNTAX',
        file: 'x.csv',
        line: 2,
        message:
          'The CSV cannot be read here: a field has a quote inside it but does not start with one.',
      },
    ]);
  });
});
