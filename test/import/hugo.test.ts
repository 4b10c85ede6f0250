/**
 * `npm run import` on a small Hugo site written for the project (test/fixtures/import/hugo): TOML
 * configuration with `[permalinks]`, YAML and TOML front matter, a section's `_index.md`, a page
 * bundle with its images, aliases, `url`, `slug`, a draft, and shortcodes.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseSource } from '../../src/import/index.ts';
import type { ImportReport } from '../../src/import/report.ts';
import { read } from '../check/helpers.ts';
import { fixturesDir } from '../helpers/fixture-site.ts';
import { checkErrors, HOST, importedFile, importedPage, importFixture } from './import-project.ts';

const old = (p: string) => `https://${HOST}${p}`;

describe('importing a Hugo site', () => {
  let root: string;
  let report: ImportReport;
  beforeAll(async () => {
    ({ root, report } = await importFixture('hugo', { under: 'archive' }));
  }, 60_000);

  it('knows a Hugo site by its configuration', () => {
    expect(chooseSource(path.join(fixturesDir, 'import/hugo')).name).toBe('hugo');
    expect(report.source).toBe('hugo');
    expect(report.pages).toBe(7);
  });

  it('dates a post by the section permalink, and keeps its aliases as old URLs', () => {
    expect(importedPage(root, 'archive/posts/flood-warnings-2023').data).toEqual({
      title: 'New flood warnings for 2023',
      description: 'We changed how we send flood warnings this spring.',
      published: '2023-03-14',
      type: 'news',
      legacy_urls: [old('/2023/03/new-flood-warnings-for-2023/'), old('/news/flood-warnings/')],
    });
  });

  it('reads TOML front matter: slug, a relative alias, lastmod as a change', () => {
    expect(importedPage(root, 'archive/about/team').data).toEqual({
      title: 'Our team',
      description: 'The people who run the Flood Agency and how to contact them.',
      published: '2021-06-01',
      type: 'page',
      changes: [{ date: '2023-02-10', note: `Updated on ${HOST}.` }],
      legacy_urls: [old('/about/people/'), old('/staff/'), old('/about/who-we-are/')],
    });
    expect(report.droppedFields).toEqual({ author: 1 });
  });

  it("imports a section's _index.md as its folder's index page, and url as its old URL", () => {
    expect(importedPage(root, 'archive/about/index').data.legacy_urls).toEqual([old('/about/')]);
    expect(importedPage(root, 'archive/index').data.legacy_urls).toEqual([old('/')]);
    expect(importedPage(root, 'archive/services/sandbags').data.legacy_urls).toEqual([
      old('/get-sandbags/'),
    ]);
  });

  it('reads JSON front matter too', () => {
    expect(importedPage(root, 'archive/services/text-warnings').data).toMatchObject({
      title: 'Flood warnings by text',
      published: '2023-04-01',
      legacy_urls: [old('/services/text-warnings/'), old('/sms/')],
    });
  });

  it("leaves out a bundle's other pages, which Hugo does not publish", () => {
    expect(importedFile(root, 'archive/posts/river-levels/gauge-notes.md')).toBe(false);
    expect(report.notes.filter((n) => n.file.includes('gauge-notes'))).toEqual([]);
  });

  it('leaves out a page whose front matter cannot be read, saying why', () => {
    expect(importedFile(root, 'archive/services/broken.md')).toBe(false);
    expect(report.notes).toContainEqual({
      kind: 'left-out',
      file: 'content/services/broken.md',
      line: 1,
      message:
        'Its front matter cannot be read (unexpected end of the stream within a double quoted scalar at line 4, column 1): mend it and import again.',
    });
  });

  it('leaves a draft out, saying so', () => {
    expect(importedFile(root, 'archive/posts/draft-plan.md')).toBe(false);
    expect(report.notes).toContainEqual({
      kind: 'left-out',
      file: 'content/posts/draft-plan.md',
      line: 1,
      message: 'A draft (draft: true): the old site did not publish it.',
    });
  });

  it('writes shortcodes as our Markdown: blocks, links, code, a video', () => {
    const { body } = importedPage(root, 'archive/posts/flood-warnings-2023');
    expect(body).toContain(
      ':::inset\nSign up once and you get warnings for every place you add.\n:::',
    );
    expect(body).toContain(':::warning\nCall 999 if you are in danger.\n:::');
    expect(body).toContain(
      '[Watch the video on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
    );
    // The button and the ref point at the pages' new URLs.
    expect(body).toContain('[Get sandbags](/archive/services/sandbags/)');
    expect(body).toContain('[river levels](/archive/posts/river-levels/)');
    expect(body).not.toContain('{{');
    expect(importedPage(root, 'archive/services/sandbags').body).toContain(
      '```text\nAsk for: 10 bags per door\n```',
    );
  });

  it('names a shortcode it could not convert, with its file and line', () => {
    expect(report.notes).toContainEqual({
      kind: 'unconverted',
      file: 'content/posts/flood-warnings-2023.md',
      line: 28,
      message: `{{< tweet user="floodagency" id="1234567890" >}} is the old site's shortcode: write what it showed.`,
    });
  });

  it("copies a page bundle's images and the static folder's beside the pages that show them", () => {
    const { body } = importedPage(root, 'archive/posts/river-levels');
    expect(body).toContain(
      '<figure><img src="river-levels/gauge.png" alt="A river level gauge at 2.4 metres"><figcaption>The gauge at Riverside</figcaption></figure>',
    );
    expect(body).toContain('![Map of the gauges along the river](river-levels/map.png)');
    expect(body).toContain(':::inset\nLevels update every 15 minutes.\n:::');
    expect(importedFile(root, 'archive/posts/river-levels/gauge.png')).toBe(true);
    expect(importedFile(root, 'archive/posts/river-levels/map.png')).toBe(true);
    expect(importedPage(root, 'archive/services/sandbags').body).toContain(
      '![Sandbags stacked by a door](sandbags/office.png)',
    );
    expect(importedFile(root, 'archive/services/sandbags/office.png')).toBe(true);
  });

  it('points links between pages, written as paths or refs, at their new URLs', () => {
    expect(importedPage(root, 'archive/about/index').body).toContain(
      'Meet [our team](/archive/about/team/) or read [how to get sandbags](/archive/services/sandbags/).',
    );
    expect(importedPage(root, 'archive/services/sandbags').body).toContain(
      'Read [about us](/archive/about/) first.',
    );
  });

  it("maps what Hugo listed itself: sections, taxonomies' terms and feeds", () => {
    const csv = read(root, 'migrations-map/flood-agency.csv');
    expect(csv).toContain(`${old('/index.xml')},,410`);
    expect(csv).toContain(`${old('/posts/index.xml')},,410`);
    expect(csv).toContain(`${old('/posts/')},/departments/flood-agency/,301`);
    expect(csv).toContain(`${old('/categories/news/')},/departments/flood-agency/,301`);
    // A taxonomy's pattern in [permalinks] moves its terms' lists.
    expect(csv).toContain(`${old('/tag/rivers/')},/departments/flood-agency/,301`);
  });

  it('writes pages that npm run check passes without errors', async () => {
    expect(await checkErrors(root)).toEqual([]);
  }, 60_000);
});
