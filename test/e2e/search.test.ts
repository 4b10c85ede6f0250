/**
 * Site search in the system Chromium, on the built example site served as a static host would
 * serve it, with the Content-Security-Policy the site is meant to run under: a query typed in
 * the header on the home page, the results, a department filter, the back button, the sort,
 * pagination, following a result, axe on the results, the page without JavaScript, and a site
 * below a domain's root (/gov/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedSite, serveSite } from '../../src/quality/static-server.ts';
import { buildInto, copyExample, productRoot } from '../site/helpers.ts';
import { hasChromium, launchChromium } from './browser.ts';

describe.skipIf(!hasChromium)('site search in Chromium', () => {
  let server: ServedSite;
  let prefixed: ServedSite;
  let browser: Browser;
  let base: string;
  let problems: string[] = [];

  /**
   * A new page that records script errors and CSP violations. `bypassCSP` only for axe, which
   * is injected as an inline script.
   */
  async function newPage({ javaScriptEnabled = true, bypassCSP = false } = {}): Promise<Page> {
    problems = [];
    const context = await browser.newContext({
      javaScriptEnabled,
      bypassCSP,
      viewport: { width: 1024, height: 900 },
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        problems.push(`${page.url()}: ${m.text()}`);
    });
    return page;
  }

  const resultTitles = (page: Page) =>
    page
      .locator('[data-search-results] li h3')
      .allTextContents()
      .then((t) => t.map((s) => s.trim()));
  const status = (page: Page) =>
    page
      .locator('#search-status')
      .textContent()
      .then((t) => t?.trim());
  const waitForStatus = (page: Page, pattern: RegExp) =>
    page.waitForFunction(
      (source) =>
        new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''),
      pattern.source,
    );

  beforeAll(async () => {
    // In parts of 20 pages, as a large site's search is, so the browser merges them; the site
    // below /gov/ has the one part a site of this size gets.
    const { siteDir } = await buildInto(productRoot, { pagesPerSearchPart: 20 });
    // Served with the site's own _headers: the Content-Security-Policy it is meant to run under.
    server = await serveSite(siteDir, { headers: true });
    base = server.url.replace(/\/$/, '');
    const root = copyExample();
    const siteYml = path.join(root, 'content/_data/site.yml');
    fs.writeFileSync(
      siteYml,
      fs.readFileSync(siteYml, 'utf8').replace(/^url: .*$/m, 'url: https://example.github.io/gov/'),
    );
    prefixed = await serveSite((await buildInto(root)).siteDir, {
      pathPrefix: '/gov/',
      headers: true,
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await prefixed?.close();
  });

  it('searches from the header on the home page, filters by department, goes back, and follows a result', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.locator('#site-search').fill('vat');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(`${base}/search/?q=vat`);
    await waitForStatus(page, /^\d+ results? for ‘vat’$/);
    expect(await page.locator('[data-search-no-js]').isVisible()).toBe(false);
    expect(await page.locator('#search-query').inputValue()).toBe('vat');
    const all = await resultTitles(page);
    expect(all.slice(0, 3).sort()).toEqual(['Register for VAT', 'VAT', 'VAT rates']);
    expect(await status(page)).toBe(`${all.length} results for ‘vat’`);
    expect(await page.title()).toBe('vat - Search - Example Government');
    // Each result: title link, summary, type, department and date.
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/vat\//);
    expect((await first.locator('[data-result-summary]').textContent())?.length).toBeGreaterThan(
      20,
    );
    expect(await first.locator('[data-result-department]').textContent()).toBe('Tax Office');
    expect(await first.locator('[data-result-date]').textContent()).toMatch(
      /^\d{1,2} [A-Z][a-z]+ 20\d\d$/,
    );

    // A department filter narrows the results at once, and focus stays on the checkbox.
    const department = page.getByLabel('Environment Agency');
    await department.check();
    await page.waitForURL(`${base}/search/?q=vat&department=environment-agency`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] li').length < n,
      all.length,
    );
    expect(await department.evaluate((el) => el === document.activeElement)).toBe(true);
    const narrowed = await page.locator('[data-result-department]').allTextContents();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((d) => d.split(', ').includes('Environment Agency'))).toBe(true);
    expect(await status(page)).toBe(
      `${narrowed.length} ${narrowed.length === 1 ? 'result' : 'results'} for ‘vat’`,
    );
    // A department with nothing on VAT: no results, and advice on what to try.
    await page.getByLabel('Health Agency').check();
    await page.getByLabel('Environment Agency').uncheck();
    await page.waitForURL(`${base}/search/?q=vat&department=health-agency`);
    await waitForStatus(page, /^No results for ‘vat’$/);
    expect(await page.locator('[data-search-no-results]').isVisible()).toBe(true);

    // The back button restores each earlier search, form and all.
    await page.goBack();
    await page.waitForURL(
      `${base}/search/?q=vat&department=environment-agency&department=health-agency`,
    );
    await page.goBack();
    await page.waitForURL(`${base}/search/?q=vat&department=environment-agency`);
    await page.goBack();
    await page.waitForURL(`${base}/search/?q=vat`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] li').length === n,
      all.length,
    );
    expect(await page.getByLabel('Environment Agency').isChecked()).toBe(false);
    expect(await page.locator('[data-search-no-results]').isVisible()).toBe(false);

    // Following a result opens the page.
    const link = page.locator('[data-search-results] li a', { hasText: 'Register for VAT' });
    await link.click();
    await page.waitForURL(`${base}/vat/register/`);
    expect(await page.locator('h1').textContent()).toBe('Register for VAT');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sorts by newest and pages through results, moving focus to the results heading', async () => {
    const page = await newPage();
    await page.goto(`${base}/search/?type=guide`);
    await waitForStatus(page, /^\d+ results$/);
    const count = Number((await status(page))!.split(' ')[0]);
    expect(count).toBeGreaterThan(20);
    expect(await page.locator('[data-search-results] li').count()).toBe(10);
    const pagination = page.getByRole('navigation', { name: 'Search results pages' });
    await pagination.getByRole('link', { name: /Next/ }).click();
    await page.waitForURL(`${base}/search/?type=guide&page=2`);
    await page.waitForFunction(() => document.activeElement?.id === 'search-results-heading');
    expect(await pagination.locator('[aria-current="page"]').textContent()).toBe('2');
    expect(await pagination.getByRole('link', { name: /Previous/ }).getAttribute('href')).toBe(
      '/search/?type=guide',
    );

    await page.locator('#search-sort').selectOption('newest');
    await page.waitForURL(`${base}/search/?type=guide&sort=newest`);
    await page.waitForFunction(
      () =>
        document.querySelector('.govuk-pagination [aria-current="page"]')?.textContent?.trim() ===
        '1',
    );
    const dates = await page
      .locator('[data-result-date]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates.length).toBe(10);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('has no axe violations with results shown', async () => {
    const page = await newPage({ bypassCSP: true });
    await page.goto(`${base}/search/?q=driving&sort=newest`);
    await waitForStatus(page, /results? for ‘driving’/);
    await page.addScriptTag({ path: path.join(productRoot, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run({
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('searches the Welsh index from a Welsh page, in Welsh, and links to the same search in English', async () => {
    const page = await newPage();
    await page.goto(`${base}/cymraeg/trwydded-yrru/`);
    await page.locator('#site-search').fill('trwydded');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(`${base}/cymraeg/search/?q=trwydded`);
    await waitForStatus(page, /^\d+ canlyniad ar gyfer ‘trwydded’$/);
    const links = await page
      .locator('[data-search-results] li h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(1);
    expect(links.every((href) => href?.startsWith('/cymraeg/'))).toBe(true);
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('[data-result-department]').textContent()).toBe(
      'Adran Drafnidiaeth',
    );
    expect(await first.locator('[data-result-date]').textContent()).toMatch(
      /^\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) 20\d\d$/,
    );
    expect(await page.getByLabel('Adran Drafnidiaeth').count()).toBe(1);
    const english = page.locator('.govuk-language-navigation a[hreflang="en"]');
    expect(await english.evaluate((a: HTMLAnchorElement) => a.pathname + a.search)).toBe(
      '/search/?q=trwydded',
    );
    // The English index holds no Welsh page.
    await english.click();
    await page.waitForURL(`${base}/search/?q=trwydded`);
    await waitForStatus(page, /‘trwydded’$/);
    const found = await page
      .locator('[data-search-results] li h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(found.some((href) => href?.startsWith('/cymraeg/'))).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says without JavaScript that search needs it, and links to departments and the sitemap', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/search/?q=vat`);
    const noJs = page.locator('[data-search-no-js]');
    expect(await noJs.isVisible()).toBe(true);
    expect(await noJs.textContent()).toContain('Search needs JavaScript');
    expect(
      await noJs.getByRole('link', { name: 'A to Z of departments' }).getAttribute('href'),
    ).toBe('/departments/');
    expect(await noJs.getByRole('link', { name: /sitemap/ }).getAttribute('href')).toBe(
      '/sitemap.xml',
    );
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('works below a path prefix: the search from /gov/pagefind/, result links to /gov/...', async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const gov = prefixed.url.replace(/\/$/, '');
    await page.goto(`${gov}/search/?q=vat`);
    await waitForStatus(page, /results for ‘vat’/);
    expect(requested).toContain('/gov/pagefind/indexes.json');
    expect(requested).toContain('/gov/pagefind/en-1-of-1/pagefind.js');
    const hrefs = await page
      .locator('[data-search-results] li a')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(2);
    expect(hrefs.every((h) => h.startsWith('/gov/'))).toBe(true);
    await page.locator('[data-search-results] li a', { hasText: 'Register for VAT' }).click();
    await page.waitForURL(`${gov}/vat/register/`);
    expect(await page.locator('h1').textContent()).toBe('Register for VAT');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
