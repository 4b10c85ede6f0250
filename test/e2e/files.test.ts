/**
 * Images and documents in the real Chromium, on the example site's flood risk page: the page keeps
 * its shape while an image loads (no layout shift), has no axe violation, and the attachment
 * reads as GOV.UK's does. The page's weight with its image is printed.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, exampleSiteInBrowser, hasChromium } from './browser.ts';

const PAGE = '/flooding/check-flood-risk/';

/** The page's cumulative layout shift, with images held back until the text has been laid out. */
async function layoutShift(
  page: Page,
  url: string,
  html?: (text: string) => string,
): Promise<number> {
  await page.route('**/assets/images/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  if (html) {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: html(await response.text()) });
    });
  }
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >) {
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page
    .locator('main img')
    .first()
    .evaluate((img) => (img as HTMLImageElement).decode());
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { shift: number }).shift);
}

describe.skipIf(!hasChromium)('a page with an image and a document', () => {
  const site = exampleSiteInBrowser();

  it('does not move while its image loads, because the image says its size', async () => {
    // A screen tall enough to show the whole page: shifts off screen do not count.
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 3000 } });
    expect(await layoutShift(page, `${site.base}${PAGE}`)).toBe(0);
    await page.close();
    // The same page without width and height does move: the measurement can tell.
    const bare = await site.browser.newPage({ viewport: { width: 1024, height: 3000 } });
    const withoutSize = (text: string) =>
      text.replace(/(<img [^>]*?) width="\d+" height="\d+"/g, '$1');
    expect(await layoutShift(bare, `${site.base}${PAGE}`, withoutSize)).toBeGreaterThan(0.01);
    await bare.close();
  });

  it("has no axe violations, and its attachment reads as GOV.UK's", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(`${site.base}${PAGE}`, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    const attachment = page.locator('main .app-attachment');
    await expect(
      attachment.getByRole('link', { name: 'Personal flood plan' }).getAttribute('href'),
    ).resolves.toBe('/flooding/personal-flood-plan.pdf');
    expect(await attachment.locator('abbr').getAttribute('title')).toBe('Portable Document Format');
    expect(await attachment.locator('.app-attachment__metadata').first().textContent()).toMatch(
      /^PDF, \d+(\.\d)? KB, 3 pages$/,
    );
    const request = attachment.locator('details summary');
    expect(
      await attachment.locator('details').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    await request.click();
    expect(
      await attachment
        .getByRole('link', { name: 'alternative.formats@environment-agency.example.gov' })
        .isVisible(),
    ).toBe(true);
    // The browser picks the WebP copy of the width the column needs.
    expect(
      await page
        .locator('main img')
        .first()
        .evaluate((img) => (img as HTMLImageElement).currentSrc),
    ).toMatch(/-(640|960|1200)\.webp$/);
    await page.close();
  });

  it('weighs (printed) what a first visit downloads, its image included', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 800 } });
    const bytes: Array<[string, number, number]> = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) =>
      pending.push(
        response.body().then(
          (body) => {
            bytes.push([response.request().resourceType(), body.length, gzipSync(body).length]);
          },
          () => undefined,
        ),
      ),
    );
    await page.goto(`${site.base}${PAGE}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await page.close();
    const sum = (type?: string) =>
      bytes
        .filter(([t]) => !type || t === type)
        .reduce(([a = 0, b = 0], [, c, d]) => [a + c, b + d], [0, 0]);
    const kb = ([raw, gz]: number[]) =>
      `${(raw! / 1024).toFixed(1)} kB raw, ${(gz! / 1024).toFixed(1)} kB gzip`;
    console.log(`Image page ${PAGE}, first visit: images ${kb(sum('image'))}; total ${kb(sum())}`);
    expect(sum('image')[0]).toBeGreaterThan(0);
  });
});
