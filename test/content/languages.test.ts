import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content/index.ts';
import type { ContentFiles } from '../../src/content/site-files.ts';

const SITE = `name: Example
url: https://www.example.gov
language: en
languages:
  en: { name: English }
  cy: { name: Cymraeg, prefix: /cymraeg/ }
`;

const page = (file: string, front: string) => ({
  file: `content/transport/${file}`,
  text: `---\ntitle: A page\ndescription: What it is for.\npublished: 2025-01-01\n${front}---\n\nBody.\n`,
  department: 'transport',
  pathInDepartment: file,
});

const files = (
  pages: ContentFiles['pages'],
  department = 'name: Transport\ntranslations:\n  cy: { name: Trafnidiaeth }\n',
): ContentFiles => ({
  site: { file: 'content/_data/site.yml', text: SITE },
  topics: { file: 'content/_data/topics.yml', text: '{}\n' },
  departments: [{ slug: 'transport', file: 'content/transport/_department.yml', text: department }],
  pages,
  assets: [],
});

function load(pages: ContentFiles['pages'], department?: string) {
  const { model, diagnostics } = validateContent(files(pages, department), { drafts: false });
  return {
    model,
    found: diagnostics
      .filter((d) => /^(TRANSLATION|LANGUAGE|NAME)_/.test(d.code))
      .map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`),
  };
}

describe('twins in the languages of the site', () => {
  it('pairs a page with its twin both ways from translation: on either of them', () => {
    const { model, found } = load([
      page('licence.md', ''),
      page('cymraeg/trwydded.md', 'lang: cy\ntranslation: /licence/\n'),
    ]);
    expect(found).toEqual([]);
    expect(model.twins.get('/licence/')).toEqual(new Map([['cy', '/cymraeg/trwydded/']]));
    expect(model.twins.get('/cymraeg/trwydded/')).toEqual(new Map([['en', '/licence/']]));
  });

  it('reports a missing twin, a twin in the same language, two twins in one language, an undeclared language and a URL outside its language', () => {
    const { found } = load([
      page('licence.md', ''),
      page('renew.md', 'translation: /licence/\n'),
      page('cymraeg/trwydded.md', 'lang: cy\ntranslation: /licence/\n'),
      page('cymraeg/trwydded-2.md', 'lang: cy\ntranslation: /licence/\n'),
      page('cymraeg/adnewyddu.md', 'lang: cy\ntranslation: /renewal/\n'),
      page('gaeilge.md', 'lang: ga\n'),
      page('newid.md', 'lang: cy\n'),
    ]);
    const C = 'content/transport';
    expect(found.sort()).toEqual(
      [
        `${C}/cymraeg/adnewyddu.md:6 TRANSLATION_NOT_FOUND The translation "/renewal/" is not the URL of a published page.`,
        `${C}/gaeilge.md:5 LANGUAGE_NOT_DECLARED The page is in "ga", which is not a language of the site (en, cy), so it would have no labels in its language.`,
        `${C}/licence.md:1 TRANSLATION_CONFLICT /licence/ would have two twins in "cy": /cymraeg/trwydded/ and /cymraeg/trwydded-2/. Language navigation can link only one.`,
        `${C}/newid.md:5 LANGUAGE_URL_PREFIX The page is in "cy", whose pages live under /cymraeg/, but its URL is /newid/.`,
        `${C}/renew.md:5 TRANSLATION_SAME_LANGUAGE The translation /licence/ is in "en", as this page is; a twin is the same page in another language.`,
      ].sort(),
    );
  });
});

describe('translation parity', () => {
  const BILINGUAL =
    'name: Transport\nlanguages: [cy]\ntranslations:\n  cy: { name: Trafnidiaeth }\n';

  it('counts, per department, the pages with a twin, without one, and with an older one', () => {
    const { model, found } = load(
      [
        page('licence.md', 'changes:\n  - { date: 2025-03-01, note: New fees. }\n'),
        page('renew.md', ''),
        page('tax.md', ''),
        page('old.md', 'withdrawn: { date: 2025-02-01, reason: Replaced. }\n'),
        page('cymraeg/trwydded.md', 'lang: cy\ntranslation: /licence/\n'),
        page('cymraeg/adnewyddu.md', 'lang: cy\ntranslation: /renew/\n'),
      ],
      BILINGUAL,
    );
    expect(model.parity.departments).toEqual([
      {
        slug: 'transport',
        name: 'Transport',
        languages: [
          {
            lang: 'cy',
            name: 'Cymraeg',
            pages: 3,
            twinned: 2,
            missing: [{ title: 'A page', href: '/tax/', file: 'content/transport/tax.md' }],
            outdated: [
              {
                page: { title: 'A page', href: '/licence/', file: 'content/transport/licence.md' },
                twin: {
                  title: 'A page',
                  href: '/cymraeg/trwydded/',
                  file: 'content/transport/cymraeg/trwydded.md',
                },
                changed: '2025-03-01',
                twinChanged: '2025-01-01',
              },
            ],
          },
        ],
      },
    ]);
    expect(found).toEqual([
      'content/transport/licence.md:0 TRANSLATION_OUT_OF_DATE The page changed on 2025-03-01, but its twin /cymraeg/trwydded/ was last changed on 2025-01-01.',
      'content/transport/tax.md:0 TRANSLATION_MISSING The page has no twin in "cy", which Transport publishes every page in.',
    ]);
  });

  it("asks for a department's name in each language it has pages in", () => {
    const { found } = load([page('cymraeg/trwydded.md', 'lang: cy\n')], 'name: Transport\n');
    expect(found).toEqual([
      'content/transport/_department.yml:0 NAME_NOT_TRANSLATED The department transport has pages in "cy" (such as content/transport/cymraeg/trwydded.md), but no name in "cy", so they would print it in English.',
    ]);
  });
});

describe('the pages the site generates in each language', () => {
  it('keeps the Welsh home, departments, topics and search addresses from content pages', () => {
    const { diagnostics } = validateContent(
      files([
        page('cymraeg/index.md', 'lang: cy\n'),
        page('cymraeg/chwilio.md', 'lang: cy\npermalink: /cymraeg/search/\n'),
        page('cymraeg/departments/trafnidiaeth.md', 'lang: cy\n'),
        page('cymraeg/topics/gyrru.md', 'lang: cy\n'),
        page('cymraeg/trwydded.md', 'lang: cy\n'),
      ]),
      { drafts: false },
    );
    expect(
      diagnostics
        .filter((d) => d.code === 'URL_RESERVED')
        .map((d) => `${d.file}:${d.line} ${d.message} ${d.fix}`),
    ).toEqual([
      'content/transport/cymraeg/chwilio.md:6 The page would publish at /cymraeg/search/, which the site generates itself (it owns every URL under /cymraeg/search/). Move the file into a folder, or set a different "permalink".',
      'content/transport/cymraeg/departments/trafnidiaeth.md:1 The page would publish at /cymraeg/departments/trafnidiaeth/, which the site generates itself (it owns every URL under /cymraeg/departments/). Move the file into a folder, or set a different "permalink".',
      'content/transport/cymraeg/index.md:1 The page would publish at /cymraeg/, which the site generates itself (the home page of one of the site\'s languages). Move the file into a folder, or set a different "permalink".',
      'content/transport/cymraeg/topics/gyrru.md:1 The page would publish at /cymraeg/topics/gyrru/, which the site generates itself (it owns every URL under /cymraeg/topics/). Move the file into a folder, or set a different "permalink".',
    ]);
  });
});
