/**
 * Eleventy and Jekyll sites: Markdown or HTML pages with YAML front matter, Liquid or Nunjucks
 * shortcodes, and permalinks from the page, its folder's data file or `_config.yml`. Pages that
 * only list others (pagination templates) and redirect stubs are read as listings: their old URLs
 * still need an answer, but they are not pages of ours.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { note } from '../notes.ts';
import type { ImportSource, SourceListing, SourcePage, SourceSite } from '../source.ts';
import { oldSiteDate, pageFields } from './fields.ts';
import { convertLiquid } from './liquid.ts';
import {
  defaultPermalink,
  evaluatePermalink,
  fileSlug,
  normalPath,
  pageName,
} from './permalinks.ts';
import { listFiles } from './walk.ts';

const PAGE_FILE = /\.(md|markdown|html|liquid|njk)$/;
const NOT_CONTENT = /^(node_modules|_site|_includes|_layouts|_data|assets|config|lib|test|data)$/;

/** The permalink a folder's data file (`posts/posts.11tydata.js`) gives its pages, read, not run. */
function folderPermalink(folder: string, dir: string): string | undefined {
  const base = path.join(folder, dir, path.basename(dir));
  for (const file of [`${base}.11tydata.js`, `${base}.11tydata.json`, `${base}.json`]) {
    if (!fs.existsSync(file)) continue;
    const m = /["']?permalink["']?\s*:\s*["'`]([^"'`]+)["'`]/.exec(fs.readFileSync(file, 'utf8'));
    if (m) return m[1];
  }
  return undefined;
}

const jekyllPermalink = (folder: string) => {
  const config = path.join(folder, '_config.yml');
  if (!fs.existsSync(config)) return undefined;
  return /^permalink:\s*["']?([^"'\n]+)/m.exec(fs.readFileSync(config, 'utf8'))?.[1]?.trim();
};

// gray-matter would run `---js` front matter as code: an import reads, it never runs the old site.
const NO_JS = { engines: { js: () => ({ '---js': true }) } } as const;

export const eleventySource: ImportSource = {
  name: 'eleventy',
  detect: (folder) =>
    ['_config.yml', 'eleventy.config.js', '.eleventy.js', 'eleventy.config.mjs'].some((f) =>
      fs.existsSync(path.join(folder, f)),
    ) || /@11ty\/eleventy|jekyll/.test(readIfThere(path.join(folder, 'package.json'))),
  read(folder, { under }) {
    const site: SourceSite = { pages: [], listings: [], fileRoot: folder, notes: [] };
    const siteWide = jekyllPermalink(folder);
    for (const file of listFiles(folder, PAGE_FILE, NOT_CONTENT)) {
      const text = fs.readFileSync(path.join(folder, file), 'utf8');
      if (!text.startsWith('---')) continue;
      const parsed = matter(text, NO_JS as never);
      const data = parsed.data as Record<string, unknown>;
      if (data['---js']) {
        site.notes.push(
          note(
            'left-out',
            file,
            1,
            'Front matter written in JavaScript is the old site’s code: not imported.',
          ),
        );
        continue;
      }
      const inputPath = file.replace(PAGE_FILE, '');
      const isPost = /(^|\/)_?posts\//.test(file);
      const date = oldSiteDate(data.date) ?? /^(\d{4}-\d{2}-\d{2})-/.exec(fileSlugDate(file))?.[1];
      const title = typeof data.title === 'string' ? data.title : '';
      const input = { inputPath, date, title, categories: list(data.categories) };
      const pattern =
        typeof data.permalink === 'string'
          ? data.permalink
          : (folderPermalink(folder, path.posix.dirname(file)) ?? (isPost ? siteWide : undefined));
      if (data.permalink === false) {
        site.notes.push(
          note('left-out', file, 1, 'The old site did not publish this page (permalink: false).'),
        );
        continue;
      }
      const oldPath = pattern ? evaluatePermalink(pattern, input) : defaultPermalink(inputPath);
      const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
      if (/(^|\/)errors?\//.test(file) || /^\/(404|500)(\.html|\/)$/.test(oldPath ?? '')) {
        site.notes.push(note('left-out', file, 1, 'An error page: the site has its own.'));
        continue;
      }
      const listing = listingOf(file, data, oldPath, pattern);
      if (listing) {
        site.listings.push(...listing);
        continue;
      }
      if (!oldPath || /\.(xml|json|txt)$/.test(oldPath)) {
        site.listings.push({ oldPath: oldPath ?? '', kind: 'other', file });
        site.notes.push(
          note(
            'left-out',
            file,
            1,
            `Its permalink "${pattern}" is the old site’s template logic: not imported.`,
          ),
        );
        continue;
      }
      const converted = convertLiquid(parsed.content, { file, bodyLine });
      site.notes.push(...converted.notes);
      const fields = pageFields(data, [
        'permalink',
        'date',
        'redirect_from',
        'aliases',
        'formerly',
      ]);
      const page: SourcePage = {
        file,
        bodyLine,
        kind: isPost ? 'post' : 'page',
        oldPath,
        aliases: [...list(data.redirect_from), ...list(data.aliases), ...list(data.formerly)].map(
          normalPath,
        ),
        name: pageName(under, isPost ? fileSlug(inputPath) : oldPath),
        date,
        body: converted.body,
        ...fields,
      };
      site.pages.push(page);
    }
    return site;
  },
};

/** A pagination template or a redirect stub: the old URLs it answered. */
function listingOf(
  file: string,
  data: Record<string, unknown>,
  oldPath: string | undefined,
  pattern: string | undefined,
): SourceListing[] | undefined {
  if (typeof data.redirect_to === 'string') {
    const from = typeof data.formerly === 'string' ? data.formerly : oldPath;
    return from
      ? [{ oldPath: normalPath(from), kind: 'redirect', value: data.redirect_to, file }]
      : [];
  }
  const pagination = data.pagination as { data?: string; size?: number } | undefined;
  if (!pagination) return undefined;
  if (/tag/.test(String(pagination.data))) return [{ oldPath: '/tags/', kind: 'tag', file }];
  const base = normalPath(pattern?.split('{')[0] ?? '/');
  return [
    {
      oldPath: base,
      kind: 'listing',
      file,
      value: pattern?.includes('page/') ? `${base}page/` : undefined,
      size: pagination.size,
    },
  ];
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value])
    .map(String)
    .map((v) => v.trim())
    .filter(Boolean);
const fileSlugDate = (file: string) => file.split('/').pop() ?? '';
const readIfThere = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
