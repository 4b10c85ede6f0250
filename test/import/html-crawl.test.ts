/**
 * `npm run import` on a folder of saved HTML pages written for the project
 * (test/fixtures/import/html-crawl): an old CMS as `wget --mirror` saves it, with navigation,
 * footers and sidebars around each page's content, relative links and images, a redirect stub, an
 * error page and a script's URL saved with `.html` added.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseSource } from '../../src/import/index.ts';
import type { ImportReport } from '../../src/import/report.ts';
import { oldPathOfFile } from '../../src/import/sources/html.ts';
import { read } from '../check/helpers.ts';
import { fixturesDir } from '../helpers/fixture-site.ts';
import { checkErrors, HOST, importedFile, importedPage, importFixture } from './import-project.ts';

const old = (p: string) => `https://${HOST}${p}`;

describe('importing a folder of saved HTML pages', () => {
  let root: string;
  let report: ImportReport;
  beforeAll(async () => {
    ({ root, report } = await importFixture('html-crawl'));
  }, 60_000);

  it('knows a crawl by its index.html, and each page’s old URL by its path', () => {
    expect(chooseSource(path.join(fixturesDir, 'import/html-crawl')).name).toBe('html');
    expect(report.pages).toBe(7);
    expect(oldPathOfFile('about/index.html')).toBe('/about/');
    expect(oldPathOfFile('news/item.html')).toBe('/news/item.html');
    expect(oldPathOfFile('page.php?id=3.html')).toBe('/page.php?id=3');
  });

  it("takes the title without the site's name, the description and dates from the head", () => {
    expect(importedPage(root, 'news/2019/new-warnings').data).toEqual({
      title: 'New flood warnings',
      description: 'From April, flood warnings come by text message as well as by phone.',
      published: '2019-03-14',
      type: 'news',
      changes: [{ date: '2019-05-02', note: `Updated on ${HOST}.` }],
      legacy_urls: [old('/news/2019/new-warnings.html')],
    });
    expect(importedPage(root, 'about/contact').data).toMatchObject({
      title: 'Contact us',
      description: 'The addresses and phone numbers of our three offices.',
      legacy_urls: [old('/about/contact.html')],
    });
    expect(importedPage(root, 'news/2019/river-levels').data.published).toBe('2019-06-20');
    // No <title>: the first heading is the title.
    expect(importedPage(root, 'page-php-id-3').data).toMatchObject({
      title: 'Sandbags',
      legacy_urls: [old('/page.php?id=3')],
    });
  });

  it('keeps only the main content, as Markdown, without the site around it', () => {
    const { body } = importedPage(root, 'about');
    expect(body).toBe(
      [
        'The Flood Agency has 40 people in three offices.',
        '![Our team outside the main office](about/team.png)',
        '## What we do',
        '- We measure **river levels** every 15 minutes.\n- We send flood warnings.',
        'Find [our offices](/about/contact/) or read [how to read river levels](/news/2019/river-levels/#gauges).',
      ].join('\n\n'),
    );
    // The body of a page with no main element, without its header, navigation, breadcrumbs,
    // sidebars and footer, whether elements or divisions named so.
    expect(importedPage(root, 'page-php-id-3').body).toBe(
      'Your council gives sandbags to homes at risk of flooding. [Contact us](/about/contact/) to find out more.',
    );
    // A page of several articles is a listing: all of them are its content, not the first.
    expect(importedPage(root, 'news').data.type).toBe('page');
    expect(importedPage(root, 'news').body).toBe(
      [
        '## [New flood warnings](/news/2019/new-warnings/)',
        'Flood warnings now come by text message.',
        '## [Reading river levels](/news/2019/river-levels/)',
        'How to read the gauges on our website.',
      ].join('\n\n'),
    );
  });

  it('copies the images beside the page and points links between pages at their new URLs', () => {
    const { body } = importedPage(root, 'news/2019/new-warnings');
    expect(body).toContain('![The river in flood at Riverside](new-warnings/river.png)');
    expect(body).toContain(
      'Read [how to read river levels](/news/2019/river-levels/) or [learn about us](/about/).',
    );
    expect(importedFile(root, 'news/2019/new-warnings/river.png')).toBe(true);
    expect(importedFile(root, 'about/team.png')).toBe(true);
  });

  it('writes a simple table as a Markdown table', () => {
    expect(importedPage(root, 'about/contact').body).toContain(
      '| Office | Phone |\n| --- | --- |\n| Riverside | 01234 567890 |\n| Seaside | 01234 567891 |',
    );
  });

  it('reads a page in the encoding it declares', () => {
    expect(importedPage(root, 'news/2019/flood-cafes')).toMatchObject({
      data: { title: 'Flood cafés', description: 'Meet us at a flood café near you.' },
      body: 'Our “flood cafés” answer your questions about flooding, every Saturday.',
    });
  });

  it('names what it could not convert, with the saved file and line', () => {
    expect(importedPage(root, 'news/2019/new-warnings').body).toContain(
      '[How flood warnings work](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
    );
    expect(report.notes).toEqual(
      expect.arrayContaining([
        {
          kind: 'unconverted',
          file: 'news/2019/new-warnings.html',
          line: 20,
          message:
            'An embedded <iframe> (https://www.youtube.com/watch?v=dQw4w9WgXcQ) is a link to it now: our pages show no frames.',
        },
        {
          kind: 'unconverted',
          file: 'news/2019/river-levels.html',
          line: 13,
          message: 'A form is left out: our pages collect no data. Link to the service that does.',
        },
        {
          kind: 'left-out',
          file: '404.html',
          line: 0,
          message: 'An error page: the site has its own.',
        },
      ]),
    );
  });

  it('maps a redirect stub to where it sent readers', () => {
    expect(read(root, 'migrations-map/flood-agency.csv')).toContain(
      `${old('/old-page.html')},/about/,301`,
    );
  });

  it('imports the home page as the index of --under', async () => {
    const under = await importFixture('html-crawl', { under: 'archive' });
    expect(importedPage(under.root, 'archive/index').data).toMatchObject({
      title: 'Home',
      legacy_urls: [old('/')],
    });
  }, 60_000);

  it('writes pages that npm run check passes without errors', async () => {
    expect(await checkErrors(root)).toEqual([]);
  }, 60_000);
});
