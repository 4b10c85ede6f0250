/**
 * What a citizen downloads for a guide page, measured in the real Chromium and printed: HTML,
 * CSS, JavaScript, fonts and images on a first visit, held to the budgets (gzipped, as it travels):
 * HTML under 20 kB, a first visit under 150 kB.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exampleSiteInBrowser, hasChromium } from './browser.ts';

const kind = (type: string, url: string) =>
  type === 'document'
    ? 'HTML'
    : type === 'stylesheet'
      ? 'CSS'
      : type === 'script'
        ? 'JavaScript'
        : type === 'font'
          ? 'fonts'
          : type === 'image' || /\.(svg|png|ico)$/.test(url)
            ? 'images'
            : 'other';

describe.skipIf(!hasChromium)('page weight', () => {
  const site = exampleSiteInBrowser();

  it('of a guide page on a first visit, by kind of file', async () => {
    const page = await site.browser.newPage();
    // [raw, gzip]: hosts compress text, so the gzip figure is what travels.
    const bytes = new Map<string, [number, number]>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) =>
      pending.push(
        response.body().then(
          (body) => {
            const k = kind(response.request().resourceType(), response.url());
            const [raw, gz] = bytes.get(k) ?? [0, 0];
            bytes.set(k, [raw + body.length, gz + gzipSync(body).length]);
          },
          () => undefined,
        ),
      ),
    );
    await page.goto(`${site.base}/vat/register/`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await page.close();

    const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(7)} kB`;
    const total = [...bytes.values()].reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
    const rows = [...bytes, ['total', total] as const].map(
      ([k, [raw, gz]]) => `  ${k.padEnd(11)} ${kb(raw)} ${kb(gz)}`,
    );
    console.log(
      `Guide page /vat/register/, first visit:\n  ${''.padEnd(11)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}\n${rows.join('\n')}`,
    );
    expect(bytes.get('CSS')?.[0]).toBeGreaterThan(0);
    expect(bytes.get('HTML')?.[1]).toBeLessThan(20 * 1024);
    expect(total[1]).toBeLessThan(150 * 1024);
  });
});
