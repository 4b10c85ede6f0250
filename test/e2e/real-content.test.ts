/**
 * Real content in the real Chromium: posts of the 18F website with raw HTML tables, figures and
 * long text (test/fixtures/real-18f) have no axe-core violation of WCAG 2.2 A and AA, served
 * under the site's Content-Security-Policy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/fixture-site.ts';
import { axeViolations, exampleSiteInBrowser, hasChromium } from './browser.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'real-18f-e2e-'));
fs.cpSync(path.join(fixturesDir, 'real-18f'), root, { recursive: true });

const POSTS = [
  '/blog/2019-10-29-culture-climate-survey/',
  '/blog/2016-08-29-data-act-prototype-simplicty-is-key/',
  '/blog/2017-11-30-improving-government-outcomes-through-an-agile-contract-format/',
  '/blog/2014-09-04-a-new-look-at-the-freedom-of-information-act/',
  '/blog/2016-04-19-looking-at-the-different-ways-to-test-content/',
  '/blog/2015-12-29-is-your-project-using-agilefall/',
];

describe.skipIf(!hasChromium)('real posts of the 18F website in Chromium', () => {
  const site = exampleSiteInBrowser(root);

  it('have no axe violations, tables and figures included', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 800 } });
    const found: Record<string, string[]> = {};
    for (const url of POSTS) {
      await page.goto(`${site.base}${url}`, { waitUntil: 'load' });
      expect(await page.locator('main h1').count(), url).toBe(1);
      const violations = await axeViolations(page);
      if (violations.length) found[url] = violations;
    }
    expect(found).toEqual({});
    await page.close();
  });

  it('keep a table for screen readers hidden from sight, as its authors meant', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}${POSTS[0]}`);
    const table = page.locator('main table').first();
    expect(await table.getAttribute('class')).toContain('govuk-visually-hidden');
    // GOV.UK's visually hidden style clips the element to nothing, while screen readers still read it.
    expect(
      await table.evaluate((el) => {
        const css = getComputedStyle(el);
        return [css.position, css.clipPath];
      }),
    ).toEqual(['absolute', 'inset(50%)']);
    expect(await table.locator('th').first().textContent()).toBe('Score');
    await page.close();
  });
});
