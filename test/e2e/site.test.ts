/**
 * The built example site in the system Chromium: a guide page screenshot (saved for a person to
 * look at), no accessibility violations found by axe, the govuk-frontend JavaScript starting,
 * and the page usable without JavaScript and in print.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, exampleSiteInBrowser, hasChromium, SCREENSHOTS } from './browser.ts';

describe.skipIf(!hasChromium)('the site in Chromium', () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const site = exampleSiteInBrowser();

  it('renders a guide page styled, with govuk-frontend started and no axe violations', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${site.base}/driving-licences/medical-conditions/`);
    const file = path.join(SCREENSHOTS, 'guide-1024.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`Guide page screenshot: ${file}`);

    expect(errors).toEqual([]);
    expect(await page.locator('body').getAttribute('class')).toContain('govuk-frontend-supported');
    // The stylesheet applied: GOV.UK's heading size, the system font (no GDS Transport), our colours.
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontSize)).toBe('48px');
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).not.toContain(
      'GDS Transport',
    );
    expect(
      await page.locator('.app-department').evaluate((e) => getComputedStyle(e).borderLeftColor),
    ).toBe('rgb(76, 44, 146)');

    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('works without JavaScript, and prints without the search form', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/vat/register/`);
    expect(await page.locator('body').getAttribute('class')).not.toContain('js-enabled');
    await expect(page.locator('h1').textContent()).resolves.toBe('Register for VAT');
    expect(await page.locator('.app-search').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-search').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'print.png'), fullPage: true });
    await context.close();
  });

  it('renders the home and a department page (screenshots for review)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 800 } });
    for (const [name, url] of [
      ['home', '/'],
      ['department', '/departments/tax-office/'],
    ] as const) {
      await page.goto(`${site.base}${url}`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-1024.png`), fullPage: true });
      expect(await page.locator('h1').isVisible()).toBe(true);
    }
    await page.close();
  });

  it('answers an unknown address with the 404 page', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.base}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.close();
  });
});
