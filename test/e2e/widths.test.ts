/**
 * What citizens noticed on a phone (375 px) and a desktop (1280 px), in the real Chromium: the
 * header's search button and the migration coverage pages' width.
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

  async function open(url: string, width: number, javaScriptEnabled = true): Promise<Page> {
    const context = await site.browser.newContext({
      viewport: { width, height: 800 },
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
});
