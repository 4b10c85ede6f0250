import fs from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's Chromium: the browser tests and the benchmark drive it; nothing downloads one. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

/**
 * The system Chromium, with the flags this machine's closed network needs, and `extra` flags, e.g.
 * `--host-resolver-rules` to reach a named host on 127.0.0.1.
 */
export async function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extra,
    ],
  });
}
