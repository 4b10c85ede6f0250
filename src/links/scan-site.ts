import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkSiteLinks, type SiteLinks } from './check-links.ts';
import { extractLinks, type PageLinks } from './extract.ts';

/**
 * Reads a built site folder and checks its links in-process (no server, no network). Absolute
 * links on `siteOrigin` (the site's own, e.g. https://www.example.gov) are checked as internal.
 * Pages in `extracted` (by file, e.g. `vat/index.html`) had their links taken as they were
 * rendered, so only the rest are read back from disk.
 */
export async function scanSite(
  siteDir: string,
  pathPrefix = '/',
  siteOrigin?: string,
  extracted: ReadonlyMap<string, PageLinks> = new Map(),
): Promise<SiteLinks> {
  const files = new Set(
    fs
      .readdirSync(siteDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) =>
        path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'),
      ),
  );
  const pages = new Map(extracted);
  for (const file of files) {
    if (file.endsWith('.html') && !pages.has(file))
      pages.set(file, extractLinks(await readFile(path.join(siteDir, file), 'utf8')));
  }
  return checkSiteLinks(pages, files, pathPrefix, siteOrigin);
}
