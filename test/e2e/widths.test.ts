/**
 * What citizens noticed on a phone (375 px) and a desktop (1280 px), in the real Chromium: the
 * header's search button, the migration coverage pages' width, and the search page's filters.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, exampleSiteInBrowser, hasChromium } from './browser.ts';

const WIDTHS = [375, 1280] as const;

/** WCAG's contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe.skipIf(!hasChromium)('the site at phone and desktop widths', () => {
  const site = exampleSiteInBrowser();

  async function open(
    url: string,
    width: number,
    { javaScriptEnabled = true, height = 800 } = {},
  ): Promise<Page> {
    const context = await site.browser.newContext({
      viewport: { width, height },
      javaScriptEnabled,
    });
    const page = await context.newPage();
    await page.goto(`${site.base}${url}`);
    return page;
  }

  for (const width of WIDTHS) {
    it(`shows the header's search button as a button that stands out from its bar at ${width} px`, async () => {
      const page = await open('/vat/register/', width);
      const button = page.locator('.app-search .govuk-button');
      expect(await button.isVisible()).toBe(true);
      const colours = await button.evaluate((el) => {
        // The canvas writes any CSS colour as #rrggbb, whatever form getComputedStyle uses.
        const context = document.createElement('canvas').getContext('2d')!;
        const hex = (colour: string) => {
          context.fillStyle = colour;
          return context.fillStyle;
        };
        let bar = '#ffffff';
        for (let e = el.parentElement; e; e = e.parentElement) {
          const colour = getComputedStyle(e).backgroundColor;
          if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
            bar = hex(colour);
            break;
          }
        }
        const style = getComputedStyle(el);
        return { button: hex(style.backgroundColor), text: hex(style.color), bar };
      });
      expect(colours.button).not.toBe(colours.bar);
      // A control's edge against its surroundings (WCAG 1.4.11), and its text (1.4.3).
      expect(contrast(colours.button, colours.bar)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.text, colours.button)).toBeGreaterThanOrEqual(4.5);
      await page.context().close();
    });
  }

  // The example's taxoffice has the longest unmapped URLs, roadresearch a table of its rules.
  for (const url of ['/migrations/', '/migrations/taxoffice/', '/migrations/roadresearch/']) {
    it(`fits ${url} to a 375 px screen, wrapping long URLs`, async () => {
      const page = await open(url, 375);
      const widths = await page.evaluate(() => ({
        document: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        // A table wider than its column, outside a region that scrolls it on purpose.
        tables: [...document.querySelectorAll('table')]
          .filter((t) => !t.closest('.app-table-scroll'))
          .map((t) => t.scrollWidth - t.parentElement!.clientWidth)
          .filter((over) => over > 0),
      }));
      expect(widths.document).toBeLessThanOrEqual(widths.viewport);
      expect(widths.tables).toEqual([]);
      // A region that scrolls must be reachable by keyboard (axe's scrollable-region-focusable).
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  // A phone's first screen: 375 by 667 px (an iPhone SE).
  const phone = { height: 667 };
  const top = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => e.getBoundingClientRect().top);

  it('shows the first search result on the first screen of a phone, the filters folded', async () => {
    const page = await open('/search/?q=vat', 375, phone);
    const firstResult = '[data-search-results] > li';
    await page.locator(firstResult).first().waitFor();
    // Its title, at least, is on the first screen.
    expect(await top(page, `${firstResult} h3`)).toBeLessThan(phone.height - 40);
    const filter = page.locator('[data-search-filter] input').first();
    expect(await filter.isVisible()).toBe(false);
    await page.locator('.app-search-filters summary').click();
    expect(await filter.isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows what search offers without JavaScript on the first screen of a phone', async () => {
    const page = await open('/search/?q=vat', 375, { ...phone, javaScriptEnabled: false });
    expect(await page.locator('[data-search-no-js]').isVisible()).toBe(true);
    expect(await top(page, '[data-search-no-js] ul')).toBeLessThan(phone.height - 40);
    expect(await page.locator('[data-search-filter] input').first().isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows the search filters open on a desktop, with no click', async () => {
    const page = await open('/search/?q=vat', 1280);
    await page.locator('[data-search-results] > li').first().waitFor();
    expect(await page.locator('[data-search-filter] input').first().isVisible()).toBe(true);
    expect(await page.locator('.app-search-filters summary').isVisible()).toBe(false);
    await page.context().close();
  });
});
