/**
 * `npm run import` on real source: 110 posts of the 18F website as their authors wrote them, with
 * the site's own permalink data file, listings and redirect stubs (test/fixtures/import/18f-source,
 * made by test/real-content/make-18f-source-fixture.ts). Run as a user runs it, then checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type CliRun, read, runCli } from '../check/helpers.ts';
import { fixtureSite, fixturesDir, writeFiles } from '../helpers/fixture-site.ts';

const SOURCE = path.join(fixturesDir, 'import/18f-source');
const BLOG = 'content/gsa-18f/blog';
const importArgs = ['--department', 'gsa-18f', '--host', '18f.gsa.gov', '--under', 'blog'];

function project(): string {
  const root = fixtureSite();
  writeFiles(root, {
    'content/gsa-18f/_department.yml': 'name: 18F\ndescription: A digital services team.\n',
    'topics.yml': 'how we work: business\nopen source: null\n',
  });
  return root;
}

const frontMatter = (root: string, page: string) =>
  parse(read(root, `${BLOG}/${page}.md`).split('---')[1]!) as Record<string, unknown>;

describe('importing the 18F website source', () => {
  let root: string;
  let run: CliRun;
  beforeAll(async () => {
    root = project();
    run = await runCli('import.ts', [SOURCE, ...importArgs, '--topics', 'topics.yml'], root);
  }, 120_000);

  it('reports what it made and what people must do next', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Imported 111 pages, \d+ files and \d+ mappings from 18f\.gsa\.gov \(eleventy\)/,
    );
    expect(run.stdout).toContain('Next steps:');
    // Tags the mapping names are not listed; tags it leaves out are, with their page counts.
    expect(run.stdout).toMatch(/tags with no topic \(\d+\): .*agile \(\d+\)/);
    expect(run.stdout).not.toMatch(/tags with no topic.*(how we work|open source) \(/);
    const report = JSON.parse(read(root, 'migrations-map/18f-gsa-gov.import-report.json'));
    expect(report.pages).toBe(111);
    expect(report.droppedFields.authors).toBeGreaterThan(100);
  });

  it('gives each post our front matter, its old URLs and topics from the mapping', () => {
    const post = frontMatter(root, 'tockingtime');
    expect(post).toMatchObject({
      title: 'Tocking time',
      published: '2015-05-21',
      type: 'news',
      topics: ['business'],
      legacy_urls: [
        'https://18f.gsa.gov/2015/05/21/tockingtime/',
        'https://18f.gsa.gov/2015/05/21/TockingTime/',
      ],
    });
    expect((post.description as string).length).toBeLessThanOrEqual(160);
    expect(post.description).not.toMatch(/<|\]\(/);
  });

  it('copies the images a shortcode showed beside the page, with their alt text', () => {
    const body = read(root, `${BLOG}/tockingtime.md`);
    expect(body).toContain('![Old time tracking screenshot](tockingtime/tock02.jpg)');
    expect(fs.existsSync(path.join(root, BLOG, 'tockingtime/tock02.jpg'))).toBe(true);
  });

  it('points links between imported posts at their new URLs', () => {
    expect(read(root, `${BLOG}/ask-us-almost-anything.md`)).toContain(
      '[About 18F](/blog/hello-world-we-are-18f/)',
    );
  });

  it('names what it could not convert, with the source file and line', () => {
    expect(run.stdout).toContain(
      'content/posts/2016-03-21-we-asked-100-of-our-coworkers-why-did-you-join-18f.md:53  The photo of shawn is left out.',
    );
    expect(run.stdout).toMatch(/content\/pages\/feed\/feed\.md:1 {2}Its permalink "\/feed\.xml"/);
  });

  it('maps the old URLs of what it did not import: tags, listings, redirect stubs', () => {
    const csv = read(root, 'migrations-map/18f-gsa-gov.csv');
    expect(csv).toContain('https://18f.gsa.gov/tags/how-we-work/,/topics/business/,301');
    expect(csv).toContain('https://18f.gsa.gov/tags/agile/,,410');
    expect(csv).toContain('https://18f.gsa.gov/blog/page/2/,/departments/gsa-18f/,301');
    expect(csv).toContain('https://18f.gsa.gov/tags/demo%20day/,,410');
    expect(parse(read(root, 'migrations-map/18f-gsa-gov.yml'))).toEqual({
      host: '18f.gsa.gov',
      department: 'gsa-18f',
      homepage: '/departments/gsa-18f/',
    });
  });

  it('writes pages that npm run check passes without errors', async () => {
    const check = await runCli('check.ts', [], root);
    expect(check.stdout).not.toMatch(/\berror\b {2,}[A-Z_]+/);
    expect(check.code).toBe(0);
  }, 120_000);

  it('updates what it wrote on a second run and keeps what a person edited', async () => {
    const edited = `${BLOG}/tockingtime.md`;
    fs.appendFileSync(path.join(root, edited), '\nA paragraph a content designer added.\n');
    fs.rmSync(path.join(root, `${BLOG}/29-minutes.md`));
    const again = await runCli(
      'import.ts',
      [SOURCE, ...importArgs, '--topics', 'topics.yml'],
      root,
    );
    expect(again.stdout).toContain(
      `${edited}  It was edited since the last import, so it is kept as it is.`,
    );
    expect(read(root, edited)).toContain('A paragraph a content designer added.');
    expect(fs.existsSync(path.join(root, `${BLOG}/29-minutes.md`))).toBe(true);
  }, 120_000);
});

describe('an import with --dry-run', () => {
  it('prints the report and writes nothing', async () => {
    const root = project();
    const run = await runCli('import.ts', [SOURCE, ...importArgs, '--dry-run'], root);
    expect(run.stdout).toMatch(/^Would import 111 pages/);
    expect(fs.existsSync(path.join(root, BLOG))).toBe(false);
    expect(fs.existsSync(path.join(root, 'migrations-map/18f-gsa-gov.csv'))).toBe(false);
  }, 120_000);

  it('refuses a department that does not exist, saying how to make one', async () => {
    const run = await runCli(
      'import.ts',
      [SOURCE, '--department', 'nobody', '--host', 'x.gov'],
      project(),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'content/nobody/_department.yml does not exist: create the department first',
    );
  });
});
