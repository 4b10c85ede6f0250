import { gzipSync } from 'node:zlib';
import { hasChromium, launchChromium } from '../quality/chromium.ts';
import { serveSite } from '../quality/static-server.ts';

export interface SearchTransfer {
  total: number;
  pagefind: number;
  /** The same with text compressed, as hosts send it (gzip; never larger than the file). */
  totalGzip: number;
  pagefindGzip: number;
}

/**
 * Bytes a citizen's browser downloads for a first search on a built site: in all (the search
 * page and its assets too), and Pagefind's part (its script, WebAssembly and the index chunks the
 * query needs), as served and gzipped. Needs Debian's Chromium; undefined without it.
 */
export async function searchTransferBytes(
  siteDir: string,
  query: string,
): Promise<SearchTransfer | undefined> {
  if (!hasChromium) return undefined;
  const site = await serveSite(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const bytes = { total: 0, pagefind: 0, totalGzip: 0, pagefindGzip: 0 };
    const pending: Promise<void>[] = [];
    // Playwright reports the requests of the page's web workers (Pagefind's) with its own.
    page.on('requestfinished', (request) =>
      pending.push(
        (async () => {
          const sizes = await request.sizes();
          const body = await (await request.response())?.body().catch(() => undefined);
          const n = sizes.responseBodySize + sizes.responseHeadersSize;
          const gz =
            sizes.responseHeadersSize +
            (body ? Math.min(body.length, gzipSync(body).length) : sizes.responseBodySize);
          const pagefind = request.url().includes('/pagefind/');
          bytes.total += n;
          bytes.totalGzip += gz;
          if (pagefind) {
            bytes.pagefind += n;
            bytes.pagefindGzip += gz;
          }
        })(),
      ),
    );
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`, {
      waitUntil: 'networkidle',
    });
    await page
      .waitForSelector('[data-search-results] li', { timeout: 30_000 })
      .catch(() => undefined);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return bytes;
  } finally {
    await browser.close();
    await site.close();
  }
}
