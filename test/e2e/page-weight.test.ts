/**
 * What a citizen downloads, measured on a real build of the example site served by the real nginx
 * with the server block the build writes (`_deploy/nginx/site.conf`), so every figure is the
 * bytes as they travel, gzipped by nginx. Budgets: each page's HTML under 20 kB; a first visit
 * (the HTML and the CSS, JavaScript, fonts and images it loads, with an empty cache) under 150 kB.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import type { SiteModel } from '../../src/content/index.ts';
import { freePort, hasNginx, startNginx } from '../../src/quality/nginx-server.ts';
import { nginxSiteConfig } from '../../src/quality/security-headers.ts';
import { productRoot, tmpDir } from '../site/helpers.ts';
import { hasChromium, launchChromium, pageOfEachType } from './browser.ts';

const HTML_BUDGET = 20 * 1024;
const FIRST_VISIT_BUDGET = 150 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** The body of a GET as it travels: the bytes on the wire, and how they were encoded. */
const bytesOnTheWire = (port: number, urlPath: string) =>
  new Promise<{ status: number; bytes: number; encoding: string }>((resolve, reject) => {
    http
      .get(
        { host: '127.0.0.1', port, path: urlPath, headers: { 'Accept-Encoding': 'gzip' } },
        (res) => {
          let bytes = 0;
          res
            .on('data', (chunk: Buffer) => (bytes += chunk.length))
            .on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                bytes,
                encoding: res.headers['content-encoding'] ?? 'none',
              }),
            );
        },
      )
      .on('error', reject);
  });

/** Every HTML file of the built site, as the path a browser asks for. */
function htmlPaths(siteDir: string): string[] {
  return (fs.readdirSync(siteDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The page whose HTML has the most images: the heaviest a first visit can be. */
function pageWithMostImages(siteDir: string): string {
  const images = (urlPath: string) =>
    fs
      .readFileSync(
        path.join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath),
        'utf8',
      )
      .split('<img').length;
  return htmlPaths(siteDir).reduce((most, p) => (images(p) > images(most) ? p : most));
}

const kindOf = (type: string) =>
  ({ document: 'HTML', stylesheet: 'CSS', script: 'JavaScript', font: 'fonts', image: 'images' })[
    type
  ] ?? 'other';

describe.skipIf(!hasNginx || !hasChromium)('page weight, served by nginx', () => {
  const dir = tmpDir('page-weight-');
  const siteDir = path.join(dir, '_site');
  let port = 0;
  let nginx: ChildProcess | undefined;
  let browser: Browser | undefined;
  let model: SiteModel;

  beforeAll(async () => {
    const result = await buildSite({
      root: productRoot,
      siteDir,
      deployDir: path.join(dir, '_deploy'),
    });
    expect(result.ok).toBe(true);
    model = result.model!;
    port = await freePort();
    // The block the build wrote, listening on a test port instead of 80.
    const conf = path.join(dir, 'site.conf');
    fs.writeFileSync(
      conf,
      nginxSiteConfig({
        siteDir,
        headersFile: path.join(dir, '_deploy/nginx/security-headers.conf'),
        serverName: 'www.example.gov',
        listen: `127.0.0.1:${port}`,
      }),
    );
    nginx = await startNginx(dir, port, [conf]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    nginx?.kill('SIGTERM');
  });

  it('keeps the HTML of every page under 20 kB', async () => {
    const sizes: Array<[string, number]> = [];
    for (const urlPath of htmlPaths(siteDir)) {
      const answer = await bytesOnTheWire(port, urlPath);
      expect(answer.status, urlPath).toBe(200);
      expect(answer.encoding, urlPath).toBe('gzip');
      sizes.push([urlPath, answer.bytes]);
    }
    sizes.sort((a, b) => b[1] - a[1]);
    console.log(
      `HTML of ${sizes.length} pages, gzipped by nginx; the largest:\n${sizes
        .slice(0, 5)
        .map(([urlPath, bytes]) => `  ${kb(bytes).padStart(8)}  ${urlPath}`)
        .join('\n')}`,
    );
    expect(sizes.length).toBeGreaterThan(20);
    expect(sizes.filter(([, bytes]) => bytes >= HTML_BUDGET).map(([p]) => p)).toEqual([]);
  });

  it('keeps a first visit to each kind of page under 150 kB', async () => {
    const report: string[] = [];
    const over: string[] = [];
    const pages = { ...pageOfEachType(model), 'most images': pageWithMostImages(siteDir) };
    for (const [name, urlPath] of Object.entries(pages)) {
      // A new context has an empty cache: everything the page needs is fetched.
      const context = await browser!.newContext();
      const page = await context.newPage();
      const finished: Array<Promise<[string, number]>> = [];
      page.on('requestfinished', (request) =>
        finished.push(
          request.sizes().then((sizes) => [kindOf(request.resourceType()), sizes.responseBodySize]),
        ),
      );
      await page.goto(`http://127.0.0.1:${port}${urlPath}`, { waitUntil: 'networkidle' });
      const byKind = new Map<string, number>();
      for (const [kind, bytes] of await Promise.all(finished))
        byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
      await context.close();
      const total = [...byKind.values()].reduce((a, b) => a + b, 0);
      expect(byKind.get('HTML'), name).toBeGreaterThan(0);
      report.push(
        `  ${name.padEnd(22)} ${kb(total).padStart(9)}  (${[...byKind]
          .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
          .join(', ')})`,
      );
      if (total >= FIRST_VISIT_BUDGET) over.push(`${name} ${urlPath}: ${kb(total)}`);
    }
    console.log(`First visit, gzipped by nginx:\n${report.join('\n')}`);
    expect(over).toEqual([]);
  });
});
