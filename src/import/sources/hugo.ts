/**
 * Hugo sites: `content/` of sections (folders, with `_index.md` for the section's own page) and
 * page bundles (`index.md` with its images beside it), YAML `---` or TOML `+++` front matter,
 * `{{< shortcodes >}}`, and URLs from `url`, `slug` and the configuration's `[permalinks]`. The
 * lists Hugo made itself (sections' pages, taxonomies, feeds) are read as listings: their old
 * URLs still need an answer, but they are not pages of ours.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';
import { sourceFileOf } from '../files.ts';
import { note } from '../notes.ts';
import { slug } from '../slug.ts';
import type { ImportSource, SourceListing, SourcePage, SourceSite } from '../source.ts';
import { oldSiteDate, pageFields } from './fields.ts';
import { hugoConfigFile, readHugoConfig } from './hugo-config.ts';
import { defaultHugoPath, type HugoPageInput, hugoPermalink } from './hugo-permalinks.ts';
import { convertShortcodes } from './hugo-shortcodes.ts';
import { normalPath, pageName } from './permalinks.ts';
import { listFiles } from './walk.ts';

const PAGE_FILE = /\.(md|markdown|html)$/;
const POST_SECTIONS = /^(posts?|blog|news|articles?)$/;
// gray-matter would run `---js` front matter as code: an import reads, it never runs the old site.
const ENGINES = { toml: parseToml, js: () => ({}) };

function frontMatter(text: string) {
  const toml = text.startsWith('+++');
  return matter(text, {
    engines: ENGINES,
    ...(toml ? { delimiters: '+++', language: 'toml' } : {}),
  } as never);
}

const beforeMore = (body: string) => {
  const at = body.indexOf('<!--more-->');
  return at === -1 ? undefined : body.slice(0, at);
};
const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map(String).filter(Boolean);

export const hugoSource: ImportSource = {
  name: 'hugo',
  detect: (folder) => hugoConfigFile(folder) !== undefined,
  read(folder, { under }) {
    const config = readHugoConfig(folder);
    const files = listFiles(path.join(folder, config.contentDir), PAGE_FILE, /^$/).map(
      (f) => `${config.contentDir}/${f}`,
    );
    const site: SourceSite = {
      pages: [],
      listings: [{ oldPath: '/index.xml', kind: 'feed' }],
      fileRoot: path.join(folder, config.staticDir),
      // A bundle's images are served at its URL, and kept beside its index.md.
      resolveFile: (page, oldPath) =>
        /(^|\/)_?index\.\w+$/.test(page.file) && oldPath.startsWith(page.oldPath)
          ? sourceFileOf(
              path.join(folder, path.posix.dirname(page.file)),
              oldPath.slice(page.oldPath.length),
            )
          : undefined,
      notes: [],
    };
    const sections = new Set<string>();
    const terms = new Map<string, Set<string>>(config.taxonomies.map((t) => [t, new Set()]));
    for (const file of files) {
      const text = fs.readFileSync(path.join(folder, file), 'utf8');
      const parsed = /^(---|\+\+\+)/.test(text) ? frontMatter(text) : { data: {}, content: text };
      const data = parsed.data as Record<string, unknown>;
      if (data.draft === true) {
        site.notes.push(
          note('left-out', file, 1, 'A draft (draft: true): the old site did not publish it.'),
        );
        continue;
      }
      const inContent = file.slice(config.contentDir.length + 1).replace(PAGE_FILE, '');
      const folders = path.posix
        .dirname(inContent)
        .split('/')
        .filter((f) => f !== '.');
      const base = path.posix.basename(inContent);
      const isSection = base === '_index';
      const input: HugoPageInput = {
        sections: base === 'index' ? folders.slice(0, -1) : folders,
        filename: base === 'index' ? (folders.at(-1) ?? 'index') : base,
        date: oldSiteDate(data.date ?? data.publishDate ?? data.pubdate),
        title: typeof data.title === 'string' ? data.title : '',
        slug: typeof data.slug === 'string' ? data.slug : undefined,
      };
      if (folders[0]) sections.add(folders[0]);
      const pattern = config.permalinks[input.sections[0] ?? ''];
      const computed =
        typeof data.url === 'string'
          ? normalPath(data.url)
          : isSection
            ? normalPath(`/${folders.join('/')}/`)
            : ((pattern && hugoPermalink(pattern, input)) ?? defaultHugoPath(input));
      const oldPath = config.lowercase ? computed.toLowerCase() : computed;
      if (oldPath === '/' && !under) {
        site.notes.push(
          note(
            'left-out',
            file,
            1,
            "The old site's home page: its address goes to the department's page. Give --under to import it as that folder's index page.",
          ),
        );
        continue;
      }
      if (pattern && !isSection && !hugoPermalink(pattern, input) && typeof data.url !== 'string')
        site.notes.push(
          note(
            'guess',
            file,
            1,
            `The permalink "${pattern}" uses what this import does not know: the page was taken to be at ${oldPath}.`,
          ),
        );
      for (const [taxonomy, seen] of terms)
        for (const term of strings(data[taxonomy])) seen.add(term);
      const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
      const converted = convertShortcodes(parsed.content, {
        file,
        bodyLine,
        refFile: (name) => refFile(files, config.contentDir, file, name),
      });
      site.notes.push(...converted.notes);
      const fields = pageFields(data, [
        'date',
        'publishDate',
        'pubdate',
        'aliases',
        'url',
        'slug',
        ...config.taxonomies,
      ]);
      const parent = oldPath.endsWith('/')
        ? path.posix.dirname(oldPath)
        : path.posix.dirname(path.posix.dirname(oldPath));
      const page: SourcePage = {
        file,
        bodyLine,
        kind: !isSection && POST_SECTIONS.test(input.sections[0] ?? '') ? 'post' : 'page',
        oldPath,
        // A relative alias is relative to the page's folder, as Hugo writes it.
        aliases: strings(data.aliases).map((a) =>
          normalPath(a.startsWith('/') ? a : path.posix.join(parent, a)),
        ),
        name: pageName(
          under,
          isSection ? `${folders.join('/')}/index` : [...input.sections, input.filename].join('/'),
        ),
        date: input.date,
        body: converted.body,
        ...fields,
        // Hugo's summary is what comes before `<!--more-->` when the page sets none.
        summary: fields.summary ?? beforeMore(converted.body),
      };
      site.pages.push(page);
    }
    site.listings.push(...listings(sections, terms, config.pagerSize));
    return site;
  },
};

/** The lists Hugo made: each section's pages and feed, each taxonomy's terms. */
function listings(
  sections: Set<string>,
  terms: Map<string, Set<string>>,
  size: number,
): SourceListing[] {
  const out: SourceListing[] = [];
  for (const section of sections)
    out.push(
      { oldPath: `/${section}/`, kind: 'listing', value: `/${section}/page/`, size },
      { oldPath: `/${section}/index.xml`, kind: 'feed' },
    );
  for (const [taxonomy, seen] of terms) {
    if (!seen.size) continue;
    out.push({ oldPath: `/${taxonomy}/`, kind: 'tag' });
    for (const term of seen)
      out.push({ oldPath: `/${taxonomy}/${slug(term)}/`, kind: 'tag', value: term });
  }
  return out;
}

/** The page a `ref` names: from the page's own folder first, then from `content/`, as Hugo looks. */
function refFile(
  files: string[],
  contentDir: string,
  from: string,
  name: string,
): string | undefined {
  const bare = name.replace(/\.(md|markdown|html)$/, '').replace(/\/$/, '');
  const roots = bare.startsWith('/') ? [contentDir] : [path.posix.dirname(from), contentDir];
  const candidates = roots.flatMap((root) => {
    const at = path.posix.join(root, bare);
    return [`${at}.md`, `${at}.markdown`, `${at}.html`, `${at}/index.md`, `${at}/_index.md`];
  });
  return (
    candidates.find((c) => files.includes(c)) ??
    files.find((f) => f.replace(PAGE_FILE, '').endsWith(`/${bare}`))
  );
}
