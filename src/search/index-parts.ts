import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The site's search in parts: each part's search documents, by the page's file in the site folder. */
export type IndexParts = Map<string, Map<string, string>>;

/**
 * Pages in one part of the search, at most: a change rebuilds only its part, in about a second
 * (docs/performance.md), where one index of 10,000 pages took 15 s.
 */
export const PAGES_PER_PART = 1000;

/** The list the search page reads: for each language, the parts of its search. */
export const INDEX_LIST = 'indexes.json';

/**
 * Pagefind's ready-made search interfaces. The search page has its own GOV.UK markup and script
 * (layouts/search.njk, src/assets/search.js) and uses only `pagefind.js`, its worker, the
 * WebAssembly and the index, so these are not published.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** The language a search document is in: its `<html lang>` (./search-document.ts). */
export const searchLanguage = (document: string) =>
  /^<!doctype html><html lang="([^"]*)"/.exec(document)?.[1] ?? 'unknown';

/**
 * Splits each language's pages (by their file in the site folder, with their language) into
 * parts of at most `pagesPerPart`, each a Pagefind index of its own (`pagefind/en-2-of-10/`)
 * that the search page merges with the others; gives each part's files, sorted. A page's part is
 * chosen by a hash of its path, so parts are alike: Pagefind ranks each part's results by how
 * rare the words are in that part, and only parts of the same mix of pages rank alike (parts by
 * department ranked a page that mentions VAT once above the VAT guides).
 */
export function indexParts(
  languages: ReadonlyMap<string, string>,
  pagesPerPart = PAGES_PER_PART,
): Map<string, string[]> {
  const byLanguage = new Map<string, string[]>();
  for (const file of [...languages.keys()].sort()) {
    const lang = languages.get(file)!;
    if (!byLanguage.has(lang)) byLanguage.set(lang, []);
    byLanguage.get(lang)!.push(file);
  }
  const parts = new Map<string, string[]>();
  for (const [lang, files] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const count = Math.ceil(files.length / pagesPerPart);
    const named = Array.from({ length: count }, (_, i) => `${lang}-${i + 1}-of-${count}`);
    for (const name of named) parts.set(name, []);
    for (const file of files) {
      const part = createHash('sha256').update(file).digest().readUInt32BE(0) % count;
      parts.get(named[part]!)!.push(file);
    }
  }
  for (const [name, files] of parts) if (!files.length) parts.delete(name);
  return parts;
}

/** The search documents in their parts (see indexParts). */
export function documentsInParts(
  documents: ReadonlyMap<string, string>,
  pagesPerPart = PAGES_PER_PART,
): IndexParts {
  const languages = new Map([...documents].map(([file, doc]) => [file, searchLanguage(doc)]));
  return new Map(
    [...indexParts(languages, pagesPerPart)].map(([name, files]) => [
      name,
      new Map(files.map((file) => [file, documents.get(file)!])),
    ]),
  );
}

/**
 * Lists the parts in `<siteDir>/pagefind/` for the search page, by language (an empty list when
 * no page is searchable), and removes the Pagefind files the site does not use.
 */
export function listIndexes(pagefindDir: string): void {
  fs.mkdirSync(pagefindDir, { recursive: true });
  const byLanguage: Record<string, string[]> = {};
  const parts = fs
    .readdirSync(pagefindDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const part of parts) {
    const bundle = path.join(pagefindDir, part);
    for (const file of fs.readdirSync(bundle)) {
      if (UNUSED_FILES.test(file)) fs.rmSync(path.join(bundle, file));
    }
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    for (const lang of Object.keys(entry.languages)) (byLanguage[lang] ??= []).push(part);
  }
  fs.writeFileSync(path.join(pagefindDir, INDEX_LIST), JSON.stringify({ languages: byLanguage }));
}
