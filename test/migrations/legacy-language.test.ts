/**
 * A legacy site in another of the site's languages (`language: cy`): its 410 and 404 pages are
 * wholly in that language and lead to the department's and home pages in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/migrations/index.ts';
import { BuiltPage, text } from '../site/helpers.ts';
import { csv, inputsFor, project, writeOutputsIn } from './helpers.ts';

const YML = (language: string) =>
  [
    'host: www.ffyrdd.example.org',
    'department: transport-department',
    'homepage: /departments/transport-department/',
    language,
    'archive: https://webarchive.example.org/20231115000000/',
    '',
  ].join('\n');

const languages = new Map([
  ['en', '/'],
  ['cy', '/cymraeg/'],
]);
const departments = new Map([
  ['tax-office', { name: 'Tax Office' }],
  [
    'transport-department',
    { name: 'Department for Transport', translations: { cy: { name: 'Adran Drafnidiaeth' } } },
  ],
]);

function load(yml: string) {
  const root = project({
    'migrations-map/ffyrdd.yml': yml,
    'migrations-map/ffyrdd.csv': csv('http://www.ffyrdd.example.org/hen-dudalen.html,,410'),
  });
  const inputs = inputsFor(root, { languages, departments });
  return { root, inputs, ...loadMigrations(inputs) };
}

const messages = (yml: string, overrides = {}) =>
  loadMigrations({ ...load(yml).inputs, ...overrides }).diagnostics.map(
    (d) => `${d.file}:${d.line} ${d.code} ${d.message}`,
  );

describe('a legacy site in Welsh', () => {
  it('prints its 410 and 404 pages in Welsh, linked to the Welsh department and home pages', async () => {
    const { root, inputs, model, diagnostics } = load(YML('language: cy'));
    expect(diagnostics).toEqual([]);
    await writeOutputsIn(root, model, inputs, {
      languages: { en: {}, cy: { prefix: '/cymraeg/' } },
    });
    const page = (name: string) =>
      new BuiltPage(
        fs.readFileSync(path.join(root, '_deploy/nginx/legacy-sites/ffyrdd', name), 'utf8'),
      );
    const gone = page('410.html');
    expect(gone.one('html').attribs.lang).toBe('cy');
    expect(text(gone.one('h1'))).toBe("Mae'r dudalen hon wedi cael ei dileu");
    const main = gone.one('main');
    expect(text(gone.all('p', 'govuk-body').slice(0, 1))).toBe(
      "Mae www.ffyrdd.example.org wedi cau. Ni chafodd y dudalen hon ei symud i'r wefan newydd gan nad oes angen ei chynnwys mwyach.",
    );
    // The archive and suggested links' addresses are nginx's SSI, which a parser cannot read.
    expect(text(main)).toContain(
      "Gweld y copi o'r dudalen hon sydd wedi'i archifo o hen wefan www.ffyrdd.example.org.",
    );
    expect(text(gone.one('h2'))).toBe('Efallai y bydd hyn o ddefnydd');
    expect(gone.links(main).filter((l) => l.href.startsWith('https://www.example.gov/'))).toEqual([
      {
        text: 'dudalen Adran Drafnidiaeth',
        href: 'https://www.example.gov/cymraeg/departments/transport-department/',
      },
      { text: 'hafan Example Government', href: 'https://www.example.gov/cymraeg/' },
    ]);
    const notFound = page('404.html');
    expect(notFound.one('html').attribs.lang).toBe('cy');
    expect(text(notFound.one('h1'))).toBe("Heb ddod o hyd i'r dudalen");
    expect(text(notFound.one('footer'))).toContain('© Hawlfraint y Goron');
  });

  it("is an error at the field when the language is not one of the site's", () => {
    expect(messages(YML('language: ga'))).toEqual([
      'migrations-map/ffyrdd.yml:4 MIGRATION_LANGUAGE_NOT_DECLARED The old site is in "ga", which is not a language of the site (en, cy), so its 410 and 404 pages would have no labels in it.',
    ]);
  });

  it('is an error at the field when its department has no name in the language', () => {
    const unnamed = new Map([['transport-department', { name: 'Department for Transport' }]]);
    expect(messages(YML('language: cy'), { departments: unnamed })).toEqual([
      'migrations-map/ffyrdd.yml:4 MIGRATION_DEPARTMENT_NOT_NAMED The old site is in "cy", but the department transport-department has no name in "cy", so its 410 and 404 pages would print it in English.',
    ]);
  });
});
