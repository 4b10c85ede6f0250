/**
 * What to map next: suggested pages for unmapped URLs. The figure is measured on
 * test/fixtures/suggestions/taxoffice-labelled.csv, 33 old URLs of the example Tax Office site,
 * each with the page a person would pick among the example content's published pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationInputsAt } from '../../src/migrations/content-inputs.ts';
import { loadMigrations, writeMigrationOutputs } from '../../src/migrations/index.ts';
import { pageIndex, suggestPages, wordsOf } from '../../src/migrations/suggestions.ts';

const labelled = fs
  .readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/suggestions/taxoffice-labelled.csv'),
    'utf8',
  )
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => row.split(',') as [string, string]);

describe('suggested pages for an old URL', () => {
  const index = pageIndex(migrationInputsAt(process.cwd()).publishedTitles!);

  it('reads the words of an old path as a person would', () => {
    expect(wordsOf('/VAT/Old-Registration.html')).toEqual(['vat', 'old', 'registration']);
    expect(wordsOf('/publications/caf%C3%A9-businesses.html')).toEqual([
      'publication',
      'cafe',
      'businesse',
    ]);
  });

  it('puts the page a person would pick first for at least 80% of the labelled URLs (measured: 28 of 33)', () => {
    const first = labelled.filter(([old, page]) => suggestPages(old, index)[0]?.path === page);
    const inThree = labelled.filter(([old, page]) =>
      suggestPages(old, index).some((s) => s.path === page),
    );
    const misses = labelled
      .filter((row) => !first.includes(row))
      .map(
        ([old, page]) =>
          `${old} -> ${page}; got ${suggestPages(old, index)
            .map((s) => s.path)
            .join(' ')}`,
      );
    console.log(
      `first suggestion right: ${first.length}/${labelled.length}; in the three: ${inThree.length}/${labelled.length}\n${misses.join('\n')}`,
    );
    expect(labelled.length).toBeGreaterThanOrEqual(30);
    expect(first.length / labelled.length).toBeGreaterThanOrEqual(0.8);
  });

  it('suggests nothing for a URL without words, and uses the old title when known', () => {
    expect(suggestPages('http://www.roads.example.org/page.php?id=237', index)).toEqual([]);
    expect(
      suggestPages('http://www.roads.example.org/page.php?id=237', index, 'Renew your licence')[0],
    ).toEqual({ path: '/driving-licences/renew/', title: 'Renew your driving licence' });
  });
});

describe('the coverage report of the example sites', () => {
  it('suggests pages for each unmapped URL, in coverage.json and on the site page', async () => {
    const inputs = migrationInputsAt(process.cwd());
    const { model } = loadMigrations(inputs);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suggestions-'));
    await writeMigrationOutputs(model, inputs, {
      siteDir: path.join(dir, '_site'),
      deployDir: path.join(dir, '_deploy'),
    });
    const json = JSON.parse(
      fs.readFileSync(path.join(dir, '_site/migrations/coverage.json'), 'utf8'),
    );
    const tax = json.sites.find((s: { id: string }) => s.id === 'taxoffice');
    const appeals = tax.top_unmapped.find((u: { url: string }) =>
      u.url.endsWith('/sa/appeals.html'),
    );
    expect(appeals).toMatchObject({ hits: 1752 });
    expect(appeals.suggestions[0]).toEqual({
      path: '/income-tax/self-assessment/',
      title: 'Filing a Self Assessment tax return',
    });
    expect(Object.keys(tax)).toEqual(expect.arrayContaining(['urls', 'coverage', 'top_unmapped']));
    const page = fs.readFileSync(path.join(dir, '_site/migrations/taxoffice/index.html'), 'utf8');
    expect(page).toContain('Pages it might go to');
    expect(page).toContain(
      '<a class="govuk-link" href="/income-tax/self-assessment/">Filing a Self Assessment tax return</a>',
    );
  });
});
