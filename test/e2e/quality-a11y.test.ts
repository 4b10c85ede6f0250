/**
 * Accessibility in the real Chromium: every layout and generated page type of the example site
 * has no axe-core violation of WCAG 2.2 A and AA; and the keyboard
 * works: the skip link is the first tab stop and moves focus to the main content, details open
 * with Enter and Space, focus is always visible, and the tab order follows the visual order.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, exampleSiteInBrowser, hasChromium } from './browser.ts';

describe.skipIf(!hasChromium)('accessibility of the example site', () => {
  const site = exampleSiteInBrowser();

  it('has no axe violations on any page type', async () => {
    const found: Record<string, string[]> = {};
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 800 } });
    for (const [name, url] of Object.entries(site.pages)) {
      await page.goto(`${site.base}${url}`, { waitUntil: 'networkidle' });
      const violations = await axeViolations(page);
      if (violations.length) found[`${name} ${url}`] = violations;
    }
    expect(found).toEqual({});
    // And axe does find a fault when there is one: an image with no text alternative.
    await page.evaluate(() =>
      document
        .querySelector('main')!
        .append(Object.assign(document.createElement('img'), { src: 'x.png' })),
    );
    expect(await axeViolations(page)).toContainEqual(expect.stringMatching(/^image-alt:/));
    await page.close();
  });

  describe('with the keyboard, on a guide page', () => {
    let page: Page;
    beforeAll(async () => {
      page = await site.browser.newPage({ viewport: { width: 1024, height: 800 } });
    });
    afterAll(() => page?.close());
    const open = (url: string) => page.goto(`${site.base}${url}`);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          tag: el.tagName.toLowerCase(),
          id: el.id,
          className: el.className,
          text: el.textContent?.trim().slice(0, 40) ?? '',
        };
      });

    it('reaches the skip link first, and it moves focus to the main content', async () => {
      await open(site.pages.guide!);
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({
        tag: 'a',
        className: expect.stringContaining('govuk-skip-link'),
      });
      expect(
        await page.evaluate(() =>
          (document.activeElement as HTMLAnchorElement).getAttribute('href'),
        ),
      ).toBe('#main-content');
      await page.keyboard.press('Enter');
      expect(await focused()).toMatchObject({ tag: 'main', id: 'main-content' });
      // The next tab stop is the first one inside the main content.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)),
      ).toBe(true);
    });

    it('opens and closes details with Enter and Space', async () => {
      await open(site.pages.guide!);
      const summary = page.locator('main details summary').first();
      expect(await summary.count(), 'the guide page has a :::details block').toBe(1);
      await summary.focus();
      const isOpen = () =>
        page
          .locator('main details')
          .first()
          .evaluate((d) => (d as HTMLDetailsElement).open);
      expect(await isOpen()).toBe(false);
      await page.keyboard.press('Enter');
      expect(await isOpen()).toBe(true);
      await page.keyboard.press('Space');
      expect(await isOpen()).toBe(false);
      await page.keyboard.press('Space');
      expect(await isOpen()).toBe(true);
    });

    it('shows where focus is on every tab stop, in the order they appear on screen', async () => {
      await open(site.pages.guide!);
      expect(
        await page.evaluate(
          () =>
            document.querySelectorAll('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').length,
        ),
      ).toBe(0);
      const stops: Array<{
        label: string;
        top: number;
        left: number;
        bottom: number;
        visible: boolean;
      }> = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body || el.dataset.tabStop) return undefined; // back at the start
          el.dataset.tabStop = 'seen';
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none';
          return {
            label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
            top: rect.top + window.scrollY,
            left: rect.left + window.scrollX,
            bottom: rect.bottom + window.scrollY,
            visible: outline || shadow,
          };
        });
        if (!stop) break;
        stops.push(stop);
      }
      expect(stops.length).toBeGreaterThan(10);
      expect(stops.filter((s) => !s.visible).map((s) => s.label)).toEqual([]);
      // Each stop is below the previous one, on the same line (it overlaps it vertically), or at the
      // top of a column further right (the related links beside the content, read after it).
      const backwards = stops
        .slice(1)
        .map((s, i) => ({ from: stops[i]!, to: s }))
        .filter(({ from, to }) => to.bottom <= from.top && to.left <= from.left)
        .map(
          ({ from, to }) => `${from.label} (top ${from.top}) -> ${to.label} (bottom ${to.bottom})`,
        );
      expect(backwards).toEqual([]);
    });

    it('searches from the header with the keyboard', async () => {
      await open(site.pages.guide!);
      await page.locator('#site-search').focus();
      await page.keyboard.type('vat');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=vat$/);
      expect(new URL(page.url()).pathname).toBe('/search/');
    });
  });
});
