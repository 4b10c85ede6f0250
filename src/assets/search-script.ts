import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHashed } from './hash.ts';

const folder = path.dirname(fileURLToPath(import.meta.url));

/** The search page's script: plain JavaScript for browsers, served as it is. */
export const searchScriptFile = path.join(folder, 'search.js');

/** The module it imports, which searches the indexes (also run by the search tests in Node). */
export const searchIndexesFile = path.join(folder, 'search-indexes.js');

export function searchScriptSource(): string {
  return [searchScriptFile, searchIndexesFile]
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
}

/**
 * Writes the search page's script and the module it imports with hashed names, the import
 * naming the hashed module; returns the script's name. It finds the Pagefind indexes relative
 * to its own URL (`../pagefind/`), so it works under any path prefix.
 */
export function writeSearchScript(assetsDir: string): string {
  const indexes = writeHashed(
    assetsDir,
    'search-indexes.js',
    fs.readFileSync(searchIndexesFile, 'utf8'),
  );
  const script = fs.readFileSync(searchScriptFile, 'utf8');
  const specifier = "'./search-indexes.js'";
  if (!script.includes(specifier)) throw new Error(`search.js no longer imports ${specifier}.`);
  return writeHashed(assetsDir, 'search.js', script.replace(specifier, `'./${indexes}'`));
}
