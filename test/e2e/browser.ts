import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.log(`Skipping the browser tests: ${CHROMIUM} does not exist (apt-get install chromium).`);

/** The system Chromium, with the flags this machine's closed network needs. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.json': 'application/json', '.wasm': 'application/wasm',
};

export interface ServedSite {
  server: http.Server;
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
}

/**
 * A built site served on 127.0.0.1 as a static host would serve it: `index.html` for folders,
 * the 404 page with status 404, optional extra headers, under an optional path prefix.
 */
export function serveSite(dir: string, options: { prefix?: string; headers?: Record<string, string> } = {}): Promise<ServedSite> {
  const prefix = options.prefix ?? '/';
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const inside = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : undefined;
    let file = inside === undefined ? '' : path.join(dir, inside.endsWith('/') ? `${inside}index.html` : inside);
    const found = file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile();
    if (!found) file = path.join(dir, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...options.headers });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}
