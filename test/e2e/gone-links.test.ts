/**
 * A gone URL's own links on the 410 page the real nginx serves: the row's archive_url in place of
 * the site archive, and its suggested_url under "You may find this useful". The example
 * migrations-map/ is copied and two of its 410 rows given those columns.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationInputsAt } from '../../src/migrations/content-inputs.ts';
import { get, hasNginx, serve } from '../helpers/nginx.ts';

const GONE = 'http://www.taxoffice.example.org/news/2016/press-release-01.html';
const ELSEWHERE = 'http://www.taxoffice.example.org/news/2016/press-release-04.html';
const OWN_ARCHIVE =
  'https://webarchive.example.org/19990101000000/http://www.taxoffice.example.org/news/2016/press-release-01.html?a=1&b="2"';

describe.skipIf(!hasNginx)('a gone URL with its own archive copy and suggested page', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gone-links-root-'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gone-links-nginx-'));
  let port = 0;
  let child: ChildProcess | undefined;
  const tax = (p: string) => get(port, 'www.taxoffice.example.org', p);

  beforeAll(async () => {
    fs.cpSync(path.join(process.cwd(), 'migrations-map'), path.join(root, 'migrations-map'), {
      recursive: true,
    });
    const csv = path.join(root, 'migrations-map', 'taxoffice.csv');
    const [header, ...rows] = fs.readFileSync(csv, 'utf8').trimEnd().split('\n');
    const quoted = `"${OWN_ARCHIVE.replace(/"/g, '""')}"`;
    const withLinks = rows.map((row) =>
      row.startsWith(`${GONE},`)
        ? `${row},/vat/rates/,${quoted}`
        : row.startsWith(`${ELSEWHERE},`)
          ? `${row},https://services.example.gov/forms/to129,`
          : `${row},,`,
    );
    fs.writeFileSync(csv, [`${header},suggested_url,archive_url`, ...withLinks, ''].join('\n'));
    const inputs = { ...migrationInputsAt(process.cwd()), root };
    const served = await serve(inputs, dir);
    expect(served.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    ({ port, child } = served);
  });
  afterAll(() => child?.kill('SIGTERM'));

  it('links to its own archived copy and to the suggested page', async () => {
    const gone = await tax('/news/2016/press-release-01.html');
    expect(gone.status).toBe(410);
    expect(gone.body).toContain(
      'href="https://webarchive.example.org/19990101000000/http://www.taxoffice.example.org/news/2016/press-release-01.html?a=1&amp;b=%222%22"',
    );
    expect(gone.body).not.toContain('webarchive.example.org/20240101000000/');
    expect(gone.body).toContain('You may find this useful');
    expect(gone.body).toContain(
      '<a class="govuk-link" href="https://www.example.gov/vat/rates/">VAT rates</a>',
    );
    expect(gone.body).not.toContain('<!--#');
  });

  it('matches the URL in any spelling, as the redirects do', async () => {
    const gone = await tax('/NEWS/2016/Press-Release-01.html/');
    expect(gone.status).toBe(410);
    expect(gone.body).toContain('webarchive.example.org/19990101000000/');
  });

  it('links a gone URL without its own copy to the site archive, with no suggestion', async () => {
    const gone = await tax('/news/2016/press-release-02.html');
    expect(gone.status).toBe(410);
    expect(gone.body).toContain(
      'href="https://webarchive.example.org/20240101000000/http://www.taxoffice.example.org/news/2016/press-release-02.html"',
    );
    expect(gone.body).not.toContain('19990101000000');
    expect(gone.body).not.toContain('You may find this useful');
  });

  it('names a suggested page on another host by its URL, as its title is not known', async () => {
    const gone = await tax('/news/2016/press-release-04.html');
    expect(gone.status).toBe(410);
    expect(gone.body).toContain(
      '<a class="govuk-link" href="https://services.example.gov/forms/to129">https://services.example.gov/forms/to129</a>',
    );
    expect(gone.body).toContain('webarchive.example.org/20240101000000/');
  });

  it('lists the links in _deploy/redirects.json', () => {
    const file = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .find((f) => f.endsWith('redirects.json'));
    expect(file).toBeDefined();
    const json = JSON.parse(fs.readFileSync(path.join(dir, file!), 'utf8'));
    const entry = json.legacy.find((e: { old_url: string }) => e.old_url === GONE);
    expect(entry).toMatchObject({
      status: 410,
      target: null,
      archive_url: OWN_ARCHIVE,
      suggested_url: 'https://www.example.gov/vat/rates/',
    });
  });
});
