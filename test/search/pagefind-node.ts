import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error: plain JavaScript for browsers, typed with JSDoc.
import { loadPagefind, searchPage } from '../../src/assets/search.js';

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

/** A site's search opened from Node: searches it, and gives every result's data. */
export interface NodeIndex {
  search(term: string | null, options?: SearchOptions): Promise<ResultData[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/**
 * Opens a built site's search from Node as the search page does, through the site's own script
 * (src/assets/search.js): the parts of its search, merged by the very `pagefind.js` the
 * site ships. That module fetches the index files, and Node's fetch cannot read files, so the
 * site is served on 127.0.0.1 while the search is open. Each call imports a fresh copy of
 * `pagefind.js` (a distinct URL), so searches of different builds or languages never share state.
 *
 * Pagefind picks the language index from the page's `<html lang>`; Node has no page, so one
 * with `language` ('en' when left out) is made for the while it opens.
 */
export async function openIndex(siteDir: string, language = 'en'): Promise<NodeIndex> {
  const server = await serveFiles(siteDir);
  const siteRoot = new URL(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  const fromFile = (url: string) =>
    import(
      `${pathToFileURL(path.join(siteDir, new URL(url).pathname)).href}?instance=${encodeURIComponent(`${siteRoot.href}${language}`)}`
    );
  const previousDocument = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = {
    currentScript: null,
    querySelector: () => ({ getAttribute: () => language }),
  };
  let loaded: { api: { filters(): Promise<never>; destroy(): Promise<void> } | null };
  try {
    loaded = await loadPagefind(siteRoot, language, fromFile);
    await loaded.api?.filters(); // Pagefind starts on its first call, which reads the language.
  } finally {
    (globalThis as { document?: unknown }).document = previousDocument;
  }
  return {
    async search(term, options = {}) {
      const found = await searchPage(
        loaded,
        { q: term ?? '', page: 1 },
        { filters: {}, ...options },
        { pageSize: 100_000, typing: false, current: () => true },
      );
      return found.data;
    },
    filters: async () => (loaded.api ? loaded.api.filters() : {}),
    async close() {
      await loaded.api?.destroy();
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
