import { describe, expect, it } from 'vitest';
import { label, readStrings, siteStrings } from '../../src/render/strings.ts';

const files = (entries: Record<string, string | undefined>) =>
  new Map(
    Object.entries(entries).map(([lang, text]) => [
      lang,
      [{ file: `layouts/strings/${lang}.yml`, text }],
    ]),
  );

describe('the strings of each language', () => {
  it('reports every key a language lacks, naming key and language, and a missing file', () => {
    const { diagnostics } = readStrings(
      files({
        en: 'page:\n  published: Published\n  contents: Contents\nskip_link: Skip to main content\n',
        cy: 'page:\n  published: Cyhoeddwyd\n',
        ga: undefined,
      }),
      ['en', 'cy', 'ga'],
    );
    expect(diagnostics.map((d) => `${d.file} ${d.code} ${d.message}`)).toEqual([
      'layouts/strings/ga.yml STRINGS_FILE_MISSING The site is published in "ga", but layouts/strings/ga.yml is missing, so its pages would have no labels in their language.',
      'layouts/strings/cy.yml STRINGS_MISSING layouts/strings/cy.yml has no `page.contents`, `skip_link`, so pages in "cy" would print them in English.',
    ]);
  });

  it("takes a site's own strings over this product's, and checks them the same way", () => {
    const { strings, diagnostics } = readStrings(
      new Map([
        [
          'en',
          [
            {
              file: 'layouts/strings/en.yml',
              text: 'search:\n  button: Search\n  label: Search {site}\n',
            },
          ],
        ],
        [
          'ga',
          [
            { file: 'layouts/strings/ga.yml', text: undefined },
            { file: 'content/_data/strings/ga.yml', text: 'search:\n  button: Cuardaigh\n' },
          ],
        ],
      ]),
      ['en', 'ga'],
    );
    expect(label(strings, 'ga', 'search.button')).toBe('Cuardaigh');
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      'content/_data/strings/ga.yml STRINGS_MISSING',
    ]);
  });

  it('ships Welsh with every key English has, and fills in {names}', () => {
    const { strings, diagnostics } = siteStrings(['en', 'cy']);
    expect(diagnostics).toEqual([]);
    expect(label(strings, 'cy', 'search.label', { site: 'GOV.UK' })).toBe('Chwilio GOV.UK');
    expect(() => label(strings, 'cy', 'page.nonsense')).toThrow('No string "page.nonsense" in cy');
  });
});
