import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHashed } from './hash.ts';

/** The search page's script: plain JavaScript for browsers, served as it is. */
export const searchScriptFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'search.js',
);

export function searchScriptSource(): string {
  return fs.readFileSync(searchScriptFile, 'utf8');
}

/**
 * Writes the search page's script with a hashed name; returns that name. It finds the Pagefind
 * indexes relative to its own URL (`../pagefind/`), so it works under any path prefix.
 */
export function writeSearchScript(assetsDir: string): string {
  return writeHashed(assetsDir, 'search.js', searchScriptSource());
}
