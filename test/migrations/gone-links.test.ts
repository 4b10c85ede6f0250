/**
 * The optional `suggested_url` and `archive_url` columns, also under the names of a real GOV.UK
 * Transition export (`Old Url,New Url,Status,Suggested Link,Archive Link`), and the rows whose
 * links cannot be used, reported at their line.
 */
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/migrations/index.ts';
import { nginxConfig } from '../../src/migrations/nginx.ts';
import { redirectsJson } from '../../src/migrations/redirects-files.ts';
import { inputsFor, project, TAX_YML } from './helpers.ts';

const load = (csv: string) =>
  loadMigrations(
    inputsFor(
      project({
        'migrations-map/taxoffice.yml': TAX_YML,
        'migrations-map/taxoffice.csv': csv,
        'migrations-map/allowed-hosts.txt': 'services.example.gov\n',
      }),
      { publishedTitles: new Map([['/vat/rates/', 'VAT rates £']]) },
    ),
  );

const messages = (d: { code: string; line: number; message: string }[]) =>
  d.map(({ code, line, message }) => ({ code, line, message }));

// Rows shaped as Transition's "Download as CSV" writes them: its header, http URLs, empty
// fields for what a row does not have, and an archive link of the UK Government Web Archive.
const TRANSITION = [
  'Old Url,New Url,Status,Suggested Link,Archive Link',
  'http://www.taxoffice.example.org/vat/guide.html,https://www.example.gov/vat/,301,,',
  'http://www.taxoffice.example.org/news/2012/budget.html,,410,https://www.example.gov/vat/rates/,http://webarchive.nationalarchives.gov.uk/20120405000000/http://www.taxoffice.example.org/news/2012/budget.html',
  'http://www.taxoffice.example.org/news/2012/forms.html,,410,https://services.example.gov/forms,',
  'http://www.taxoffice.example.org/news/2012/gone.html,,410,,',
  '',
].join('\r\n');

describe('a GOV.UK Transition export', () => {
  const { model, diagnostics } = load(TRANSITION);

  it('loads with its own headers', () => {
    expect(diagnostics).toEqual([]);
    expect(model.mappings.map((m) => [m.line, m.status, m.target, m.suggested, m.archive])).toEqual(
      [
        [2, 301, 'https://www.example.gov/vat/', undefined, undefined],
        [
          3,
          410,
          null,
          'https://www.example.gov/vat/rates/',
          'http://webarchive.nationalarchives.gov.uk/20120405000000/http://www.taxoffice.example.org/news/2012/budget.html',
        ],
        [4, 410, null, 'https://services.example.gov/forms', undefined],
        [5, 410, null, undefined, undefined],
      ],
    );
  });

  it('gives nginx a map of each link, listing only the rows that have one', () => {
    const conf = [...nginxConfig(model, { listen: '80', serverDir: '/srv' })].join('');
    expect(conf).toContain(
      [
        'map $legacy_key $legacy_archive {',
        '  default "";',
        '  "www.taxoffice.example.org/news/2012/budget.html" "http://webarchive.nationalarchives.gov.uk/20120405000000/http://www.taxoffice.example.org/news/2012/budget.html";',
        '}',
        'map $legacy_key $legacy_suggested {',
        '  default "";',
        '  "www.taxoffice.example.org/news/2012/budget.html" "https://www.example.gov/vat/rates/";',
        '  "www.taxoffice.example.org/news/2012/forms.html" "https://services.example.gov/forms";',
        '}',
        'map $legacy_key $legacy_suggested_title {',
        '  default $legacy_suggested;',
        // The file is written as bytes: the title's £ is its two UTF-8 bytes.
        `  "www.taxoffice.example.org/news/2012/budget.html" "${Buffer.from('VAT rates £').toString('latin1')}";`,
        '}',
      ].join('\n'),
    );
  });

  it('lists the links in redirects.json', () => {
    const records = JSON.parse([...redirectsJson(model)].join('')).legacy;
    expect(records[1]).toMatchObject({
      status: 410,
      suggested_url: 'https://www.example.gov/vat/rates/',
      archive_url: expect.stringContaining('webarchive.nationalarchives.gov.uk'),
    });
    expect(records[3]).not.toHaveProperty('suggested_url');
    expect(records[3]).not.toHaveProperty('archive_url');
  });
});

describe('links that cannot be used', () => {
  const { model, diagnostics } = load(
    [
      'old_url,new_url,status,suggested_url,archive_url',
      'http://www.taxoffice.example.org/a.html,,410,/VAT/Register/,',
      'http://www.taxoffice.example.org/b.html,,410,https://elsewhere.example.com/,',
      'http://www.taxoffice.example.org/c.html,,410,,webarchive.example.org/c.html',
      'http://www.taxoffice.example.org/d.html,,410,http://www.taxoffice.example.org/e.html,',
      '',
    ].join('\n'),
  );

  it('reports each at its line, as a redirect target is checked', () => {
    expect(messages(diagnostics)).toEqual([
      {
        code: 'MIGRATION_TARGET_NOT_PUBLISHED',
        line: 2,
        message:
          '/VAT/Register/ is not a page the build publishes, so the redirect would lead to a 404. Did you mean /vat/register/?',
      },
      {
        code: 'MIGRATION_TARGET_HOST_NOT_ALLOWED',
        line: 3,
        message: expect.stringContaining('elsewhere.example.com'),
      },
      {
        code: 'MIGRATION_ARCHIVE_URL_INVALID',
        line: 4,
        message:
          'archive_url "webarchive.example.org/c.html" is not an http or https URL, so the 410 page cannot link to it.',
      },
      {
        code: 'MIGRATION_TARGET_NOT_PUBLISHED',
        line: 5,
        message: expect.stringContaining('http://www.taxoffice.example.org/e.html'),
      },
    ]);
  });

  it('still maps the URLs as gone, without the bad link', () => {
    expect(model.mappings.map((m) => [m.line, m.status, m.suggested, m.archive])).toEqual([
      [2, 410, undefined, undefined],
      [3, 410, undefined, undefined],
      [4, 410, undefined, undefined],
      [5, 410, undefined, undefined],
    ]);
  });
});
