import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationInputsFromModel } from '../../src/check/migrations.ts';
import {
  checkUrlPermanence,
  formatPublishedUrls,
  parsePublishedUrls,
} from '../../src/check/urls/index.ts';
import { loadSite } from '../../src/content/index.ts';
import { loadMigrations, writeMigrationOutputs } from '../../src/migrations/index.ts';
import { checkSite, productRoot, read, runCli, write } from './helpers.ts';

const LIST = 'migrations-map/published-urls.txt';

describe('the list of published URLs', () => {
  it('reads paths, 410 marks and comments, and reports a line it cannot read', () => {
    const { urls, diagnostics } = parsePublishedUrls('# header\n/a/\n\n/b/ 410\nb/ 301\n');
    expect(urls).toEqual([
      { url: '/a/', gone: false, line: 2 },
      { url: '/b/', gone: true, line: 4 },
    ]);
    expect(diagnostics.map(({ code, line, message }) => ({ code, line, message }))).toEqual([
      {
        code: 'PUBLISHED_URLS_INVALID',
        line: 5,
        message: '"b/ 301" is not a site path such as /vat/register/, optionally followed by 410.',
      },
    ]);
  });

  it('writes sorted, one per line, under a comment header', () => {
    const text = formatPublishedUrls([
      { url: '/b/', gone: false },
      { url: '/a/', gone: true },
      { url: '/', gone: false },
    ]);
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['/', '/a/ 410', '/b/', '']);
  });

  it('accepts a URL that is published, redirected (with or without its slash) or gone', () => {
    const listed = parsePublishedUrls('/live/\n/moved/\n/moved-too/\n/gone/ 410\n/lost/\n').urls;
    const diagnostics = checkUrlPermanence({
      listed,
      live: new Set(['/live/', '/lost-and-found/']),
      redirected: new Map([
        ['/moved/', 'content/a.md'],
        ['/moved-too', 'content/b.md'],
      ]),
      fileOfUrl: new Map([
        ['/live/', 'content/live.md'],
        ['/lost-and-found/', 'content/x/lost-and-found.md'],
      ]),
    });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['PUBLISHED_URL_REMOVED', 5]]);
  });
});

describe('URL permanence, round trip: rename a page, check fails, add legacy_urls, check passes', () => {
  it('fails with both fixes, then passes and writes the redirect', async () => {
    const root = checkSite('published');
    fs.renameSync(
      path.join(root, 'content/tax-office/vat/rates.md'),
      path.join(root, 'content/tax-office/vat/vat-rates.md'),
    );
    write(
      root,
      'content/tax-office/vat/register.md',
      read(root, 'content/tax-office/vat/register.md').replace('(rates.md)', '(vat-rates.md)'),
    );

    const failed = await runCli('check.ts', ['--format', 'github'], root);
    expect(failed.code).toBe(1);
    expect(failed.stdout.split('\n')[0]).toBe(
      '::error file=migrations-map/published-urls.txt,line=14,col=1,title=PUBLISHED_URL_REMOVED::' +
        '/vat/rates/ is published on the live site, but no page publishes it now and nothing redirects it, so links and bookmarks to it would break.' +
        '%0Afix: Either add "legacy_urls: [/vat/rates/]" to the front matter of the page that replaces it (content/tax-office/vat/vat-rates.md, now at /vat/vat-rates/?), ' +
        `or, if the content is gone for good, change line 14 of ${LIST} to "/vat/rates/ 410".`,
    );

    const refused = await runCli('urls-update.ts', [], root);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${LIST} was not rewritten: it would drop the URLs above without a redirect or a 410.`,
    );

    const page = 'content/tax-office/vat/vat-rates.md';
    write(
      root,
      page,
      read(root, page).replace(
        'published: 2024-01-10\n',
        'published: 2024-01-10\nlegacy_urls: [/vat/rates/]\n',
      ),
    );
    const passed = await runCli('check.ts', [], root);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toMatch(/^0 errors, 0 warnings/);

    const { model } = loadSite(root, { drafts: false });
    const migrations = loadMigrations(migrationInputsFromModel(root, model));
    expect(migrations.model.sameDomain).toEqual([
      { from: '/vat/rates/', to: '/vat/vat-rates/', file: page, line: 5 },
    ]);
    fs.cpSync(path.join(productRoot, 'layouts'), path.join(root, 'layouts'), { recursive: true });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'outputs-'));
    await writeMigrationOutputs(
      migrations.model,
      {
        root,
        siteUrl: model.config.url,
        publishedPaths: new Set(),
        departments: new Map(),
        pageLegacyUrls: [],
      },
      { siteDir: path.join(out, '_site'), deployDir: path.join(out, '_deploy') },
    );
    expect(fs.readFileSync(path.join(out, '_site/_redirects'), 'utf8')).toContain(
      '/vat/rates/ /vat/vat-rates/ 301\n',
    );

    const updated = await runCli('urls-update.ts', [], root);
    expect(updated.stdout).toBe(`Wrote ${LIST}: 11 URLs (was 10).\n`);
    expect(
      read(root, LIST)
        .split('\n')
        .filter((l) => l.startsWith('/vat/')),
    ).toEqual(['/vat/rates/', '/vat/register/', '/vat/vat-rates/']);
  });

  it('passes when the old URL is marked gone with 410, and urls:update keeps the mark', async () => {
    const root = checkSite('published');
    fs.rmSync(path.join(root, 'content/tax-office/vat/rates.md'));
    write(
      root,
      'content/tax-office/vat/register.md',
      read(root, 'content/tax-office/vat/register.md').replace(' See [VAT rates](rates.md).', ''),
    );
    write(root, LIST, read(root, LIST).replace('/vat/rates/\n', '/vat/rates/ 410\n'));
    expect((await runCli('check.ts', [], root)).code).toBe(0);
    await runCli('urls-update.ts', [], root);
    expect(read(root, LIST)).toContain('\n/vat/rates/ 410\n/vat/register/\n');
  });

  it('treats a page turned into a draft as removed from the live site', async () => {
    const root = checkSite('published');
    const page = 'content/tax-office/vat/rates.md';
    write(
      root,
      page,
      read(root, page).replace('published: 2024-01-10\n', 'published: 2024-01-10\ndraft: true\n'),
    );
    const run = await runCli('check.ts', [], root);
    expect(run.stdout).toContain(
      `${LIST}:14:1  error    PUBLISHED_URL_REMOVED  /vat/rates/ is published on the live site`,
    );
  });
});
