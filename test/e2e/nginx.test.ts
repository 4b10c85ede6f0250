/**
 * The generated nginx config served by the real nginx on 127.0.0.1: the example legacy sites in
 * migrations-map/ answer with the legacy Host header, and a generated map of 100,000 mappings
 * is timed starting and answering (figures printed, no threshold).
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationInputsAt } from '../../src/migrations/content-inputs.ts';
import {
  loadMigrations,
  type MigrationInputs,
  writeMigrationOutputs,
} from '../../src/migrations/index.ts';
import { type Answer, freePort, get, hasNginx, serve, startNginx } from '../helpers/nginx.ts';

describe.skipIf(!hasNginx)('legacy hosts served by nginx (example data)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-e2e-'));
  let port = 0;
  let child: ChildProcess | undefined;
  const tax = (p: string) => get(port, 'www.taxoffice.example.org', p);
  const roads = (p: string) => get(port, 'www.roads.example.org', p);

  beforeAll(async () => {
    const served = await serve(migrationInputsAt(process.cwd()), dir);
    expect(served.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    ({ port, child } = served);
  });
  afterAll(() => child?.kill('SIGTERM'));

  it('redirects a mapped URL to its page on the site', async () => {
    expect(await tax('/vat/rates.html')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/vat/rates/',
    });
  });

  it('redirects on an alias host', async () => {
    expect(await get(port, 'taxoffice.example.org', '/about-us.html')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/departments/tax-office/',
    });
  });

  it('honours a significant query parameter and ignores the others', async () => {
    expect(await roads('/page.php?id=104')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/driving-licences/change-address/',
    });
    expect(await roads('/page.php?utm_source=x&id=104')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/driving-licences/change-address/',
    });
    expect((await roads('/page.php?id=999')).status).toBe(404);
    expect((await roads('/page.php')).status).toBe(404);
  });

  it('redirects trailing-slash and mixed-case variants', async () => {
    expect(await tax('/contact')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/contact-tax-office/',
    });
    expect(await tax('/vat/rates.html/')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/vat/rates/',
    });
    expect(await tax('/VAT/Rates.HTML')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/vat/rates/',
    });
    expect(await roads('/PAGE.php?ID=104')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/driving-licences/change-address/',
    });
  });

  it('matches encoded characters however they are spelled', async () => {
    for (const p of [
      '/publications/caf%C3%A9-businesses.html',
      '/publications/caf%c3%a9-businesses.html',
      // A trailing slash is taken off without encoding the rest again.
      '/publications/caf%C3%A9-businesses.html/',
    ]) {
      expect(await tax(p)).toMatchObject({
        status: 301,
        location: 'https://www.example.gov/business/sole-trader/',
      });
    }
    for (const p of [
      '/publications/guide,%20part%201.html',
      '/publications/guide,%20part%201.html/',
    ]) {
      expect(await tax(p)).toMatchObject({
        status: 301,
        location: 'https://www.example.gov/income-tax/',
      });
    }
  });

  it('answers a gone URL with 410 and a page linking to the archived copy of that exact URL', async () => {
    const gone = await tax('/news/2017/press-release-03.html?ref=<b>"x"');
    expect(gone.status).toBe(410);
    expect(gone.body).toContain('<h1 class="govuk-heading-l">This page has been removed</h1>');
    expect(gone.body).toContain(
      'href="https://webarchive.example.org/20240101000000/http://www.taxoffice.example.org/news/2017/press-release-03.html?ref=&lt;b&gt;&quot;x&quot;"',
    );
    expect(gone.body).toContain('href="https://www.example.gov/departments/tax-office/"');
    expect(gone.body).not.toContain('<b>');
  });

  it("redirects the old home page to the site's homepage", async () => {
    expect(await tax('/')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/departments/tax-office/',
    });
    expect(await roads('/')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/departments/transport-department/',
    });
  });

  it('answers an unmapped URL with 404 and the same links', async () => {
    const missing = await tax('/sitemap.html');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Page not found');
    expect(missing.body).toContain(
      'href="https://webarchive.example.org/20240101000000/http://www.taxoffice.example.org/sitemap.html"',
    );
    expect(missing.body).toContain('href="https://www.example.gov/departments/tax-office/"');
  });

  it('collapses a chain to its final page', async () => {
    expect(await tax('/vat/old-registration.html')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/vat/register/',
    });
  });

  it('serves robots.txt and a sitemap of the redirected URLs on each host', async () => {
    const robots = await get(port, 'taxoffice.example.org', '/robots.txt');
    expect(robots).toMatchObject({
      status: 200,
      body: 'User-agent: *\nAllow: /\n\nSitemap: http://taxoffice.example.org/sitemap.xml\n',
    });
    const sitemap = await tax('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.body).toContain('<loc>http://www.taxoffice.example.org/VAT/Rates.HTML</loc>');
    expect(sitemap.body).not.toContain('/news/2017/press-release-03.html'); // gone, not redirected
  });

  it('never serves the page templates directly', async () => {
    expect((await tax('/__legacy/410.html')).status).toBe(404);
  });

  it('answers by the mappings first, then by the rules in order, then by global', async () => {
    const research = (p: string) => get(port, 'research.roads.example.org', p);
    // A capture passes the old URL's own spelling on.
    expect(await research('/reports/2021/Speed-Limits-Review.pdf')).toMatchObject({
      status: 301,
      location: 'https://services.example.gov/road-research/2021/Speed-Limits-Review.pdf',
    });
    // The mapping of a URL under /projects/ wins over the prefix rule.
    expect(await research('/projects/electric-vehicles.html')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/news/electric-vehicle-chargepoint-grant/',
    });
    for (const p of ['/projects', '/Projects/smart-motorways/', '/projects/a/b.html'])
      expect(await research(p)).toMatchObject({
        status: 301,
        location: 'https://www.example.gov/topics/driving/',
      });
    expect(await research('/')).toMatchObject({
      status: 301,
      location: 'https://www.example.gov/departments/transport-department/',
    });
    for (const p of ['/projectsx.html', '/reports/2021/notes.txt', '/staff/directory.asp?dept=3']) {
      const gone = await research(p);
      expect(gone.status).toBe(410);
      expect(gone.body).toContain('This page has been removed');
    }
  });

  it("answers a host no site declares with a plain 404, never a legacy site's answers", async () => {
    for (const urlPath of ['/', '/vat/rates.html', '/news/2017/press-release-03.html']) {
      const answer = await get(port, 'www.unknown.example.org', urlPath);
      expect(answer.status).toBe(404);
      expect(answer.location).toBeUndefined();
      expect(answer.body).not.toContain('example.gov');
      expect(answer.body).not.toContain('Page not found');
    }
  });
});

describe.skipIf(!hasNginx)('100,000 mappings', () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGTERM'));

  it('starts and answers (figures printed)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-100k-'));
    const rows = ['old_url,new_url,status'];
    for (let i = 0; i < 100_000; i++) {
      rows.push(
        i % 10 === 0
          ? `http://www.bulk.example.org/page.php?id=${i},,410`
          : `http://www.bulk.example.org/section-${i % 97}/Page-${i}.html,/vat/,301`,
      );
    }
    fs.mkdirSync(`${dir}/migrations-map`);
    fs.writeFileSync(
      `${dir}/migrations-map/bulk.yml`,
      'host: www.bulk.example.org\ndepartment: tax-office\nhomepage: /vat/\nquery_params: [id]\n',
    );
    fs.writeFileSync(`${dir}/migrations-map/bulk.csv`, rows.join('\n'));
    const inputs: MigrationInputs = {
      root: dir,
      siteUrl: 'https://www.example.gov',
      publishedPaths: new Set(['/vat/']),
      departments: new Map([['tax-office', { name: 'Tax Office' }]]),
      pageLegacyUrls: [],
    };
    fs.mkdirSync(`${dir}/layouts`);
    fs.cpSync(path.join(process.cwd(), 'layouts'), `${dir}/layouts`, { recursive: true });
    const loadStart = performance.now();
    const { model } = loadMigrations(inputs);
    const loadMs = performance.now() - loadStart;
    const port = await freePort();
    const writeStart = performance.now();
    await writeMigrationOutputs(model, inputs, {
      siteDir: `${dir}/site`,
      deployDir: `${dir}/deploy`,
      listen: `127.0.0.1:${port}`,
      site: { name: 'Example', url: inputs.siteUrl },
    });
    const writeMs = performance.now() - writeStart;
    const started = await startNginx(dir, port);
    child = started.child;
    const answerStart = performance.now();
    const first = await get(
      port,
      'www.bulk.example.org',
      `/section-${99_911 % 97}/page-99911.html`,
    );
    const firstMs = performance.now() - answerStart;
    const batchStart = performance.now();
    const answers: Answer[] = [];
    for (let batch = 0; batch < 10; batch++) {
      answers.push(
        ...(await Promise.all(
          Array.from({ length: 100 }, (_, k) =>
            get(port, 'www.bulk.example.org', `/page.php?id=${(batch * 100 + k) * 10}`),
          ),
        )),
      );
    }
    const batchMs = performance.now() - batchStart;
    console.log(
      [
        `100,000 mappings: load ${loadMs.toFixed(0)} ms, write outputs ${writeMs.toFixed(0)} ms,`,
        `nginx start to first answer ${started.ms.toFixed(0)} ms, one redirect ${firstMs.toFixed(1)} ms,`,
        `1,000 410s (100 at a time) ${batchMs.toFixed(0)} ms; legacy-sites.conf ${(fs.statSync(`${dir}/deploy/nginx/legacy-sites.conf`).size / 1e6).toFixed(1)} MB`,
      ].join(' '),
    );
    expect(model.mappings).toHaveLength(100_000);
    expect(first).toMatchObject({ status: 301, location: 'https://www.example.gov/vat/' });
    expect(answers.every((a) => a.status === 410)).toBe(true);
  });
});
