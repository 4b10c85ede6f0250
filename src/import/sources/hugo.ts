/**
 * Hugo sites: `content/` of sections (folders, with `_index.md` for the section's own page) and
 * page bundles (`index.md` with its images beside it), YAML `---` or TOML `+++` front matter,
 * `{{< shortcodes >}}`, and URLs from `url`, `slug` and the configuration's `[permalinks]`. The
 * lists Hugo made itself (sections' pages, taxonomies, feeds) are read as listings: their old
 * URLs still need an answer, but they are not pages of ours.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sourceFileOf } from '../files.ts';
import { note } from '../notes.ts';
import type { ImportSource, SourceSite } from '../source.ts';
import { pageFields } from './fields.ts';
import { hugoConfigFile, readHugoConfig } from './hugo-config.ts';
import { hugoFrontMatter } from './hugo-front-matter.ts';
import { hugoListings } from './hugo-lists.ts';
import { locateHugoPage } from './hugo-permalinks.ts';
import { convertShortcodes } from './hugo-shortcodes.ts';
import { normalPath, pageName } from './permalinks.ts';
import { listFiles } from './walk.ts';

const PAGE_FILE = /\.(md|markdown|html)$/;
const POST_SECTIONS = /^(posts?|blog|news|articles?)$/;
const CONSUMED = ['date', 'publishDate', 'pubdate', 'aliases', 'url', 'slug'];

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map(String).filter(Boolean);
/** Hugo's summary, when a page sets none, is what comes before `<!--more-->`. */
const beforeMore = (body: string) => {
  const at = body.indexOf('<!--more-->');
  return at === -1 ? undefined : body.slice(0, at);
};

export const hugoSource: ImportSource = {
  name: 'hugo',
  detect: (folder) => hugoConfigFile(folder) !== undefined,
  read(folder, { under }) {
    const config = readHugoConfig(folder);
    const all = listFiles(path.join(folder, config.contentDir), PAGE_FILE, /^$/);
    // In a leaf bundle (a folder with index.md), the other pages are its resources, not pages.
    const leaves = all.filter((f) => /(^|\/)index\.\w+$/.test(f)).map((f) => path.posix.dirname(f));
    const files = all
      .filter(
        (f) =>
          /(^|\/)index\.\w+$/.test(f) || !leaves.some((l) => f.startsWith(`${l}/`) || l === '.'),
      )
      .map((f) => `${config.contentDir}/${f}`);
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
      const leftOut = (why: string) => site.notes.push(note('left-out', file, 1, why));
      let read: ReturnType<typeof hugoFrontMatter>;
      try {
        read = hugoFrontMatter(text);
      } catch (cause) {
        leftOut(
          `Its front matter cannot be read (${(cause as Error).message.split('\n')[0]!.replace(/:$/, '')}): mend it and import again.`,
        );
        continue;
      }
      const { data, content } = read;
      if (data.draft === true) {
        leftOut('A draft (draft: true): the old site did not publish it.');
        continue;
      }
      const inContent = file.slice(config.contentDir.length + 1).replace(PAGE_FILE, '');
      const { oldPath, input, isSection, unknownPattern } = locateHugoPage(inContent, data, config);
      if (oldPath === '/' && !under) {
        leftOut(
          "The old site's home page: its address goes to the department's page. Give --under to import it as that folder's index page.",
        );
        continue;
      }
      if (unknownPattern)
        site.notes.push(
          note(
            'guess',
            file,
            1,
            `The permalink "${unknownPattern}" uses what this import does not know: the page was taken to be at ${oldPath}.`,
          ),
        );
      const section = inContent.split('/').slice(0, -1)[0];
      if (section) sections.add(section);
      for (const [taxonomy, seen] of terms)
        for (const term of strings(data[taxonomy])) seen.add(term);
      const bodyLine = text.slice(0, text.length - content.length).split('\n').length;
      const converted = convertShortcodes(content, {
        file,
        bodyLine,
        refFile: (name) => refFile(files, config.contentDir, file, name),
      });
      site.notes.push(...converted.notes);
      const fields = pageFields(data, [...CONSUMED, ...config.taxonomies]);
      // A relative alias is relative to the page's parent, as Hugo reads it.
      const parent = path.posix.dirname(oldPath);
      site.pages.push({
        file,
        bodyLine,
        kind: !isSection && POST_SECTIONS.test(input.sections[0] ?? '') ? 'post' : 'page',
        oldPath,
        aliases: strings(data.aliases).map((a) => normalPath(path.posix.resolve(parent, a))),
        name: pageName(
          under,
          isSection
            ? inContent.replace(/_index$/, 'index')
            : [...input.sections, input.filename].join('/'),
        ),
        date: input.date,
        body: converted.body,
        ...fields,
        summary: fields.summary ?? beforeMore(converted.body),
      });
    }
    site.listings.push(...hugoListings(sections, terms, config));
    return site;
  },
};

/** The page a `ref` names: from the page's own folder first, then from `content/`, as Hugo looks. */
function refFile(files: string[], contentDir: string, from: string, name: string) {
  const bare = name.replace(PAGE_FILE, '').replace(/\/$/, '');
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
