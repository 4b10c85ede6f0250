/**
 * The main site's nginx server block, as the build writes it, served by the real nginx on
 * 127.0.0.1: every answer (pages, assets, the 404 page) carries the security headers, hashed
 * assets are cached for a year, and Chromium loads pages and search with no violation.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { migrationInputsAt } from '../../src/migrations/content-inputs.ts';
import { loadMigrations, writeMigrationOutputs } from '../../src/migrations/index.ts';
import { freePort, hasNginx, NGINX, startNginx } from '../../src/quality/nginx-server.ts';
import { contentSecurityPolicy, nginxSiteConfig } from '../../src/quality/security-headers.ts';
import { productRoot, tmpDir } from '../site/helpers.ts';
import { hasChromium, launchChromium } from './browser.ts';

if (!hasNginx)
  console.log(`Skipping the nginx header tests: ${NGINX} does not exist (apt-get install nginx).`);

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const get = (port: number, urlPath: string, host = 'www.example.gov') =>
  new Promise<Answer>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, headers: { Host: host } }, (res) => {
        let body = '';
        res
          .setEncoding('utf8')
          .on('data', (c: string) => (body += c))
          .on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });

describe.skipIf(!hasNginx)('the main site on nginx', () => {
  const dir = tmpDir('nginx-site-');
  let port = 0;
  let nginx: ChildProcess | undefined;
  let css = '';

  beforeAll(async () => {
    fs.chmodSync(dir, 0o755); // nginx's workers run as nobody when started as root
    const siteDir = path.join(dir, '_site');
    const deployDir = path.join(dir, '_deploy');
    const result = await buildSite({ root: productRoot, siteDir, deployDir });
    expect(result.ok).toBe(true);
    css = `/assets/${fs.readdirSync(path.join(siteDir, 'assets')).find((f) => f.endsWith('.css'))}`;

    port = await freePort();
    // The generated block, listening on a test port instead of 80.
    const built = fs.readFileSync(path.join(deployDir, 'nginx/site.conf'), 'utf8');
    const site = nginxSiteConfig({
      siteDir,
      headersFile: path.join(deployDir, 'nginx/security-headers.conf'),
      serverName: 'www.example.gov',
      listen: `127.0.0.1:${port}`,
    });
    expect(site.replace(`listen 127.0.0.1:${port};`, 'listen 80;')).toBe(built);
    fs.writeFileSync(path.join(dir, 'site.conf'), site);
    // The legacy hosts' config too, on the same test port.
    const inputs = migrationInputsAt(productRoot);
    await writeMigrationOutputs(loadMigrations(inputs).model, inputs, {
      siteDir: path.join(dir, 'legacy-site'),
      deployDir: path.join(dir, 'legacy'),
      listen: `127.0.0.1:${port}`,
    });
    nginx = await startNginx(dir, port, [
      `${dir}/site.conf`,
      `${dir}/legacy/nginx/legacy-sites.conf`,
    ]);
  });
  afterAll(() => nginx?.kill('SIGTERM'));

  const expectHeaders = (answer: Answer) => {
    expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(answer.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
    });
    expect(answer.headers['permissions-policy']).toMatch(/^accelerometer=\(\),/);
  };

  it('sends the headers with a page', async () => {
    const page = await get(port, '/vat/register/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Register for VAT');
    expectHeaders(page);
  });

  it('sends them with the 404 page too', async () => {
    const missing = await get(port, '/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Page not found');
    expectHeaders(missing);
  });

  it('caches hashed assets for a year, still with the headers', async () => {
    const asset = await get(port, css);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('text/css');
    expectHeaders(asset);
  });

  it("sends the legacy hosts' policy with their 410 page, naming the site's origin", async () => {
    const gone = await get(port, '/news/2017/press-release-03.html', 'www.taxoffice.example.org');
    expect(gone.status).toBe(410);
    expect(gone.headers['content-security-policy']).toBe(
      contentSecurityPolicy({ source: 'https://www.example.gov', search: false }),
    );
    expect(gone.headers['x-content-type-options']).toBe('nosniff');
  });

  it('adds the trailing slash with a relative redirect', async () => {
    expect(await get(port, '/vat/register')).toMatchObject({
      status: 301,
      headers: expect.objectContaining({ location: '/vat/register/' }),
    });
  });

  describe.skipIf(!hasChromium)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      // By its name, as citizens reach it (a bare 127.0.0.1 is a host no block names: a 404),
      // and as a secure origin, as over HTTPS, where the browser honours every security header.
      browser = await launchChromium([
        '--host-resolver-rules=MAP www.example.gov 127.0.0.1',
        `--unsafely-treat-insecure-origin-as-secure=http://www.example.gov:${port}`,
      ]);
    });
    afterAll(() => browser?.close());

    it('loads pages and search with nothing in the console', async () => {
      for (const url of ['/', '/vat/register/', '/search/?q=vat']) {
        const page = await browser.newPage();
        const seen: string[] = [];
        page.on('console', (m) => seen.push(`${m.type()}: ${m.text()}`));
        page.on('pageerror', (e) => seen.push(e.message));
        await page.goto(`http://www.example.gov:${port}${url}`, { waitUntil: 'networkidle' });
        expect(seen, url).toEqual([]);
        await page.close();
      }
    });
  });
});
