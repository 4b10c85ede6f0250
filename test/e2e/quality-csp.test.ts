/**
 * The site under its own security headers, as a static host applies `_site/_headers`: every page
 * type, and search with a query, loads in Chromium with no Content-Security-Policy violation and
 * nothing at all in the console.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/quality/security-headers.ts';
import { exampleSiteInBrowser, hasChromium } from './browser.ts';

/** Collects console messages, page errors and `securitypolicyviolation` events of one page. */
async function watched(browser: Browser) {
  const page = await browser.newPage();
  const seen: string[] = [];
  page.on('console', (m) => seen.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return { page, seen };
}

async function load(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(200); // let late scripts (search) finish
  return response;
}

describe.skipIf(!hasChromium)('the site under its Content-Security-Policy', () => {
  const site = exampleSiteInBrowser();

  it('is served with the policy and the other headers', async () => {
    const { page } = await watched(site.browser);
    const headers = (await load(page, `${site.base}/`))!.headers();
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    expect(headers['permissions-policy']).toContain('camera=()');
    await page.close();
  });

  it('loads every page type, and search with a query, without a violation or a console message', async () => {
    const found: Record<string, string[]> = {};
    for (const [name, url] of Object.entries(site.pages)) {
      const { page, seen } = await watched(site.browser);
      await load(page, `${site.base}${url}`);
      // The 404 page is answered with status 404, which Chromium logs; nothing else may appear.
      const messages = seen.filter((m) => !(name === 'not found' && /status of 404/.test(m)));
      if (messages.length) found[`${name} ${url}`] = messages;
      await page.close();
    }
    expect(found).toEqual({});
  });

  it('runs Pagefind under the policy: search for "vat" fetches the index and shows results', async () => {
    const { page, seen } = await watched(site.browser);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await load(page, `${site.base}/search/?q=vat`);
    expect(
      fetched.some((p) => /\/pagefind\/[^/]+\/wasm\./.test(p)),
      fetched.join(' '),
    ).toBe(true);
    expect(
      fetched.some((p) => /\/pagefind\/[^/]+\/fragment\//.test(p)),
      fetched.join(' '),
    ).toBe(true);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('does report an inline script, so silence above means something', async () => {
    const { page, seen } = await watched(site.browser);
    await load(page, `${site.base}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
    });
    await page.waitForTimeout(100);
    expect(await page.title()).not.toBe('injected');
    expect(seen).toContainEqual(
      expect.stringMatching(/^CSP violation: script-src-elem blocked inline/),
    );
    await page.close();
  });
});
