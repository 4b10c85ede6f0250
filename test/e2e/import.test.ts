/**
 * A retired website moved in by `npm run import`, built, and its old host served by the real
 * nginx: every old URL the import mapped answers 301 to the page that took its place (or 410),
 * and each page is published with its images. Runs on the committed part of the 18F source;
 * IMPORT_18F=<folder> runs it on a whole copy of the 18F source instead.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../../src/build/build-site.ts';
import { parseImportArguments } from '../../src/import/arguments.ts';
import { runImport } from '../../src/import/index.ts';
import { migrationInputsAt } from '../../src/migrations/content-inputs.ts';
import { fixtureSite, fixturesDir, writeFiles } from '../helpers/fixture-site.ts';
import { get, hasNginx, serve } from '../helpers/nginx.ts';

const SOURCE = process.env.IMPORT_18F ?? path.join(fixturesDir, 'import/18f-source');
const HOST = '18f.gsa.gov';
const SITE = 'https://www.fixture.gov';

interface Expected {
  path: string;
  status: number;
  location?: string;
}

/** Every old URL the import mapped: each page's legacy_urls, and the rows of the old host's CSV. */
function expectedAnswers(root: string): { pages: string[]; answers: Expected[] } {
  const dir = path.join(root, 'content/gsa-18f');
  const answers: Expected[] = [];
  const pages: string[] = [];
  for (const file of fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))) {
    const data = parse(fs.readFileSync(path.join(dir, file), 'utf8').split('---')[1]!);
    const url = `/${file.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '/')}`;
    pages.push(url);
    for (const old of data.legacy_urls as string[]) {
      answers.push({ path: new URL(old).pathname, status: 301, location: `${SITE}${url}` });
    }
  }
  const rows = fs
    .readFileSync(path.join(root, 'migrations-map/18f-gsa-gov.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  for (const row of rows) {
    const [old, to, status] = row.split(',');
    answers.push({
      path: new URL(old!).pathname,
      status: Number(status),
      location: to ? `${SITE}${to}` : undefined,
    });
  }
  return { pages, answers };
}

describe.skipIf(!hasNginx)('an old website imported, built and served by nginx', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-e2e-'));
  let root: string;
  let port = 0;
  let child: ChildProcess | undefined;
  let expected: ReturnType<typeof expectedAnswers>;

  beforeAll(async () => {
    root = fixtureSite();
    writeFiles(root, {
      'content/gsa-18f/_department.yml': 'name: 18F\ndescription: A digital services team.\n',
    });
    const options = parseImportArguments(
      [SOURCE, '--department', 'gsa-18f', '--host', HOST, '--under', 'blog'],
      root,
    );
    await runImport(options);
    const built = await buildSite({ root });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(built.ok).toBe(true);
    expected = expectedAnswers(root);
    const served = await serve(migrationInputsAt(root), dir);
    ({ port, child } = served);
  }, 600_000);
  afterAll(() => child?.kill('SIGTERM'));

  it('publishes every imported page with the images it shows', () => {
    expect(expected.pages.length).toBeGreaterThan(100);
    let images = 0;
    for (const url of expected.pages) {
      const html = fs.readFileSync(path.join(root, '_site', url, 'index.html'), 'utf8');
      for (const [, src] of html.matchAll(/<img[^>]* src="(\/[^"]+)"/g)) {
        expect(
          fs.existsSync(path.join(root, '_site', decodeURI(src!))),
          `${url} shows ${src}`,
        ).toBe(true);
        images++;
      }
    }
    expect(images).toBeGreaterThan(0);
  });

  it('answers every old URL it mapped, with 301 to the new page or 410', async () => {
    expect(expected.answers.length).toBeGreaterThanOrEqual(100);
    expect(expected.answers.filter((a) => a.path.includes('/page/')).length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const answer of expected.answers) {
      const got = await get(port, HOST, encodeURI(decodeURI(answer.path)));
      if (got.status !== answer.status || (answer.location && got.location !== answer.location)) {
        wrong.push(
          `${answer.path}: ${got.status} ${got.location ?? ''}, wanted ${answer.status} ${answer.location ?? ''}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers an old page URL in another spelling, as the old site did', async () => {
    // The 18F post "Tocking time" was at /2015/05/21/TockingTime/ before it moved to lowercase.
    expect(await get(port, HOST, '/2015/05/21/TockingTime/')).toMatchObject({
      status: 301,
      location: `${SITE}/blog/tockingtime/`,
    });
  });
});
