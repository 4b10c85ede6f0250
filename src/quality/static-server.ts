/**
 * A static file server for a built `_site/`, on 127.0.0.1 and a free port, serving it as a static
 * host would: under the site's path prefix, `index.html` for folders, `404.html` with status 404,
 * and, when asked, the headers of `_site/_headers`. For the link audit and the browser tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor } from './security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
  /** The site's path, `/` or e.g. `/gov/` (from site.yml's url). */
  pathPrefix?: string;
  /** Send the headers `_site/_headers` gives each path, as Netlify or Cloudflare would. */
  headers?: boolean;
}

export interface ServedSite {
  /** e.g. `http://127.0.0.1:41234/gov/` */
  url: string;
  close(): Promise<void>;
}

export async function serveSite(siteDir: string, options: ServeOptions = {}): Promise<ServedSite> {
  const root = path.resolve(siteDir);
  const prefix = options.pathPrefix ?? '/';
  const headersFile =
    options.headers && fs.existsSync(path.join(root, '_headers'))
      ? fs.readFileSync(path.join(root, '_headers'), 'utf8')
      : undefined;

  const server = http.createServer((req, res) => {
    const send = (status: number, file: string | undefined, extra: Record<string, string> = {}) => {
      const inside = file ? `/${path.relative(root, file).split(path.sep).join('/')}` : '/';
      const headers: Record<string, string> = {
        ...Object.fromEntries(headersFile ? headersFor(headersFile, inside) : []),
        ...extra,
      };
      if (file) headers['content-type'] = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(status, headers);
      if (!file || req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    };
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, undefined);
    }
    const notFound = () =>
      send(
        404,
        fs.existsSync(path.join(root, '404.html')) ? path.join(root, '404.html') : undefined,
      );
    if (!urlPath.startsWith(prefix) && `${urlPath}/` !== prefix) return notFound();
    const file = path.resolve(root, `.${urlPath.slice(prefix.length - 1)}`);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (!urlPath.endsWith('/')) return send(301, undefined, { location: `${urlPath}/` });
      const index = path.join(file, 'index.html');
      return fs.existsSync(index) ? send(200, index) : notFound();
    }
    return stat?.isFile() ? send(200, file) : notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
