import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the tests read of a Pagefind result's data. */
export interface ResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  content: string;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** An index opened from Node: searches it, and gives every result's data. */
export interface NodeIndex {
  search(term: string | null, options?: SearchOptions): Promise<ResultData[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/**
 * Opens a built site's Pagefind index from Node, through the very `pagefind.js` the site ships.
 * That module fetches its index files, and Node's fetch cannot read files, so the site is served
 * on 127.0.0.1 while the index is open. Each call imports a fresh copy of the module (a distinct
 * URL), so indexes of different builds or languages never share state.
 *
 * Pagefind picks the language index from the page's `<html lang>`; Node has no page, so
 * `language` says which to search ('en' when left out: the index with the most pages).
 */
export async function openIndex(siteDir: string, language?: string): Promise<NodeIndex> {
  const server = await serveFiles(siteDir);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/pagefind/`;
  const moduleUrl = `${pathToFileURL(path.join(siteDir, 'pagefind/pagefind.js')).href}?instance=${encodeURIComponent(`${base}${language ?? ''}`)}`;
  const pagefind = await import(moduleUrl);
  const previousDocument = (globalThis as { document?: unknown }).document;
  // pagefind.js reads the language from document's <html lang> when there is a document.
  if (language)
    (globalThis as { document?: unknown }).document = {
      querySelector: () => ({ getAttribute: () => language }),
    };
  try {
    await pagefind.options({ basePath: base, baseUrl: '/' });
    await pagefind.init();
  } finally {
    if (language) (globalThis as { document?: unknown }).document = previousDocument;
  }
  return {
    async search(term, options = {}) {
      const response = await pagefind.search(term, options);
      return Promise.all(
        response.results.map((r: { data: () => Promise<ResultData> }) => r.data()),
      );
    },
    filters: () => pagefind.filters(),
    async close() {
      await pagefind.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function serveFiles(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(
      dir,
      decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname),
    );
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
