import { hasChromium, launchChromium } from '../quality/chromium.ts';
import { serveSite } from '../quality/static-server.ts';

/**
 * Bytes (uncompressed) a citizen's browser downloads for a first search on a built site: in all
 * (the search page and its assets too), and Pagefind's part (its script, WebAssembly and the
 * index chunks the query needs). Needs Debian's Chromium; undefined without it.
 */
export async function searchTransferBytes(siteDir: string, query: string): Promise<{ total: number; pagefind: number } | undefined> {
  if (!hasChromium) return undefined;
  const site = await serveSite(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const bytes = { total: 0, pagefind: 0 };
    const pending: Promise<void>[] = [];
    // Playwright reports the requests of the page's web workers (Pagefind's) with its own.
    page.on('requestfinished', (request) => pending.push(request.sizes().then((sizes) => {
      const n = sizes.responseBodySize + sizes.responseHeadersSize;
      bytes.total += n;
      if (request.url().includes('/pagefind/')) bytes.pagefind += n;
    })));
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-search-results] li', { timeout: 30_000 }).catch(() => undefined);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return bytes;
  } finally {
    await browser.close();
    await site.close();
  }
}
