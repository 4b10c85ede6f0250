/**
 * Screenshots of every page type at a phone's width (375 px) and a desktop's (1280 px), whole
 * pages, for a reviewer to open: test-results/screenshots/<page type>-<width>.png (git-ignored),
 * in each of the site's languages, with a legacy host's 410 page in each language legacy sites
 * are in, as the real nginx serves it (when nginx is installed).
 * Nothing here compares pixels; the other browser suites assert what citizens notice.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, get, hasNginx, startNginx } from '../../src/quality/nginx-server.ts';
import { exampleSiteInBrowser, hasChromium, SCREENSHOTS } from './browser.ts';

const WIDTHS = [375, 1280] as const;
const fileName = (name: string, width: number) =>
  `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${width}.png`;

describe.skipIf(!hasChromium)('screenshots for review', () => {
  const site = exampleSiteInBrowser();

  let nginx: ChildProcess | undefined;
  afterAll(() => nginx?.kill('SIGTERM'));

  /**
   * A gone URL of a legacy site in each language its sites' pages are in, answered by the real
   * nginx with the build's config: screenshot name -> URL.
   */
  async function legacyGonePages(): Promise<
    { urls: Map<string, string>; port: number } | undefined
  > {
    if (!hasNginx) return undefined;
    const redirects = JSON.parse(
      fs.readFileSync(path.join(site.deployDir, 'redirects.json'), 'utf8'),
    ) as { legacy: Array<{ site: string; old_url: string; status: number }> };
    const urls = new Map<string, string>();
    for (const { site: id, old_url, status } of redirects.legacy) {
      if (status !== 410) continue;
      const page = path.join(site.deployDir, 'nginx/legacy-sites', id, '410.html');
      const lang = /<html lang="([^"]+)"/.exec(fs.readFileSync(page, 'utf8'))![1]!;
      const name = lang === 'en' ? 'legacy gone 410' : `${lang} legacy gone 410`;
      if (!urls.has(name)) urls.set(name, old_url);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'screenshots-nginx-'));
    const port = await freePort();
    // nginx's workers run as nobody when started as root: the build's temp folder must be readable.
    fs.chmodSync(path.dirname(site.deployDir), 0o755);
    const conf = path.join(dir, 'legacy-sites.conf');
    fs.writeFileSync(
      conf,
      fs
        .readFileSync(path.join(site.deployDir, 'nginx/legacy-sites.conf'), 'utf8')
        .replaceAll(/\blisten 80\b/g, `listen 127.0.0.1:${port}`),
    );
    nginx = await startNginx(dir, port, [conf]);
    return { urls, port };
  }

  it(`saves every page type at ${WIDTHS.join(' and ')} px into test-results/screenshots/`, async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    // Earlier runs' shots of page types that may no longer exist; other suites' shots stay.
    for (const old of fs.readdirSync(SCREENSHOTS).filter((f) => /-(375|1280)\.png$/.test(f)))
      fs.rmSync(path.join(SCREENSHOTS, old));

    // Every legacy site's coverage page, and the 410 page nginx serves for a gone URL.
    const legacySites = fs
      .readdirSync(path.join(site.siteDir, 'migrations'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const pages: Record<string, string> = { ...site.pages };
    delete pages['migrations coverage'];
    for (const id of legacySites) pages[`migrations coverage ${id}`] = `/migrations/${id}/`;
    const siteUrl = 'https://www.example.gov';
    const gone = await legacyGonePages();
    const goneHosts = new Set([...(gone?.urls.values() ?? [])].map((u) => new URL(u).host));

    const saved: string[] = [];
    for (const width of WIDTHS) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      // The legacy host's answer comes from the nginx on 127.0.0.1, and the assets its page
      // links on the site's own address from the build: nothing leaves 127.0.0.1.
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1') return route.continue();
        if (gone && goneHosts.has(url.host)) {
          const answer = await get(gone.port, url.host, `${url.pathname}${url.search}`);
          return route.fulfill({
            status: answer.status,
            contentType: 'text/html',
            body: answer.body,
          });
        }
        if (url.origin !== siteUrl) return route.abort();
        return route.fulfill({ path: path.join(site.siteDir, decodeURIComponent(url.pathname)) });
      });
      const page = await context.newPage();
      const shoot = async (name: string) => {
        const file = path.join(SCREENSHOTS, fileName(name, width));
        await page.screenshot({ path: file, fullPage: true });
        saved.push(file);
      };
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(`${site.base}${url}`, { waitUntil: 'networkidle' });
        if (url.includes('?q=')) await page.locator('[data-search-results] > li').first().waitFor();
        await shoot(name);
      }
      for (const [name, url] of gone?.urls ?? []) {
        const answer = await page.goto(url, { waitUntil: 'networkidle' });
        expect(answer?.status()).toBe(410);
        await shoot(name);
      }
      await context.close();
    }
    console.log(`${saved.length} screenshots for review in ${SCREENSHOTS}`);
    expect(saved.length).toBe((Object.keys(pages).length + (gone?.urls.size ?? 0)) * WIDTHS.length);
    if (gone)
      expect([...gone.urls.keys()].sort()).toEqual(['cy legacy gone 410', 'legacy gone 410']);
    for (const file of saved) expect(fs.statSync(file).size).toBeGreaterThan(1000);
  });
});
