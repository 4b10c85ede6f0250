import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkSiteLinks, type SiteLinks } from './check-links.ts';
import { extractLinks, type PageLinks } from './extract.ts';

/**
 * Reads a built site folder and checks its links in-process (no server, no network). Absolute
 * links on `siteOrigin` (the site's own, e.g. https://www.example.gov) are checked as internal.
 */
export async function scanSite(siteDir: string, pathPrefix = '/', siteOrigin?: string): Promise<SiteLinks> {
  const files = new Set(
    fs.readdirSync(siteDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
  const pages = new Map<string, PageLinks>();
  // Read asynchronously, so the build's other work (Pagefind's indexing) goes on meanwhile.
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(file, extractLinks(await readFile(path.join(siteDir, file), 'utf8')));
  }
  return checkSiteLinks(pages, files, pathPrefix, siteOrigin);
}
