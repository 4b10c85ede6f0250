/**
 * A folder of saved HTML pages: a crawl of an old CMS, as `wget --mirror` writes one. Each page's
 * old URL is its path in the folder (`about/index.html` was `/about/`); its title, summary and
 * dates come from its head; its content is the part of the body that is the page's own, written
 * as Markdown. Images and links inside keep the old page's relative URLs, which the import
 * resolves against that old URL like any source's. A page that only redirects is a listing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { lineAt, note } from '../notes.ts';
import type { ImportSource, SourcePage, SourceSite } from '../source.ts';
import { decodePage } from './html-decode.ts';
import { firstHeading, headFields, siteName, withoutSiteName } from './html-head.ts';
import { mainContent, mainMarkdown } from './html-main.ts';
import { normalPath, pageName } from './permalinks.ts';
import { listFiles } from './walk.ts';

const PAGE_FILE = /\.html?$/i;
/** A script's URL that wget saved with `.html` added (`page.php?id=3.html`). */
const SCRIPT_URL = /(\.(php|aspx?|jsp|cfm|cgi|pl)|\?[^/]*)\.html?$/i;
// The folder's own page (`/news/`) is its list, not a post.
const POST_FOLDERS = /^\/(news|blog|posts?|press|articles?)\/./;
const ERROR_PAGE = /^\/(404|500|error)(\.html?|\/)$/;

/** The URL the old site served a saved file at. */
export function oldPathOfFile(file: string): string {
  const saved = `/${file}`;
  if (SCRIPT_URL.test(saved)) return saved.replace(/\.html?$/i, '');
  return normalPath(saved);
}

export const htmlSource: ImportSource = {
  name: 'html',
  detect: (folder) => fs.existsSync(path.join(folder, 'index.html')),
  read(folder, { under }) {
    const site: SourceSite = { pages: [], listings: [], fileRoot: folder, notes: [] };
    const read = listFiles(folder, PAGE_FILE, /^$/).map((file) => {
      const html = decodePage(fs.readFileSync(path.join(folder, file)));
      const doc = parseDocument(html, { withStartIndices: true });
      return { file, html, doc, head: headFields(doc), oldPath: oldPathOfFile(file) };
    });
    const name = siteName(read.map((r) => r.head.title));
    for (const { file, html, doc, head, oldPath } of read) {
      if (head.refresh) {
        site.listings.push({ oldPath, kind: 'redirect', value: head.refresh, file });
        continue;
      }
      if (ERROR_PAGE.test(oldPath)) {
        site.notes.push(note('left-out', file, 0, 'An error page: the site has its own.'));
        continue;
      }
      if (oldPath === '/' && !under) {
        site.notes.push(
          note(
            'left-out',
            file,
            0,
            "The old site's home page: its address goes to the department's page. Give --under to import it as that folder's index page.",
          ),
        );
        continue;
      }
      if (oldPath.includes('?'))
        site.notes.push(
          note(
            'guess',
            file,
            0,
            `Its old URL ${oldPath} has a query: list the query's keys under query_params in the site's .yml in migrations-map/, so each such URL has its own answer.`,
          ),
        );
      const main = mainContent(doc);
      const title = withoutSiteName(head.title, name) || firstHeading(main);
      const converted = mainMarkdown(main, { file, html });
      site.notes.push(...converted.notes);
      const page: SourcePage = {
        file,
        bodyLine: lineAt(html, main.startIndex ?? 0, 1),
        kind: POST_FOLDERS.test(oldPath) ? 'post' : 'page',
        oldPath,
        aliases: [],
        name: pageName(under, file.replace(PAGE_FILE, '').replace(/(^|\/)index$/, '$1')),
        title,
        summary: head.summary,
        date: head.date,
        updated: head.updated,
        tags: head.tags,
        body: converted.body,
        dropped: [],
      };
      site.pages.push(page);
    }
    return site;
  },
};
