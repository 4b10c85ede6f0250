/**
 * Every link and image of an imported page, pointed at where it now lives: another imported page
 * at its new URL, a file of the old site at its copy beside the page, anything else of the old
 * site at its old address (which the site's redirects answer). An image whose file is missing or
 * refused becomes a link to the old copy, named in the report.
 */
import path from 'node:path';
import { urlFromPath } from '../content/urls.ts';
import { type ImportNote, lineAt, note } from './notes.ts';
import type { SourcePage } from './source.ts';
import { SOURCE_LINK } from './sources/liquid.ts';
import { normalPath } from './sources/permalinks.ts';

export interface LinkContext {
  /** The old site's hosts, lowercase: its host and aliases. */
  hosts: ReadonlySet<string>;
  /** Old path (lowercase, see pathKey) to the new URL of the page imported from it. */
  pages: ReadonlyMap<string, string>;
  /** Source file to the new URL of its page. */
  sourceFiles: ReadonlyMap<string, string>;
  /** Where a root-relative file path of the old site is, or why it cannot be used. */
  file(oldPath: string): { copy: string } | { missing: string };
  /** The old site's address of an old path, for what stays there (archive-aware). */
  oldAddress(oldPath: string): string;
}

export const newUrl = (page: Pick<SourcePage, 'name'>) => urlFromPath(`${page.name}.md`);
export const pathKey = (p: string) => normalPath(decodeURI(p)).toLowerCase();
const FILE_PATH = /\.(?!html?$)[a-z0-9]{2,5}$/i;

/** The old site's own path of a URL written in a page, or undefined for another site's. */
function oldPathOf(url: string, page: SourcePage, hosts: ReadonlySet<string>): string | undefined {
  const absolute = /^(?:https?:)?\/\/([^/?#]+)(.*)$/i.exec(url);
  if (absolute) return hosts.has(absolute[1]!.toLowerCase()) ? absolute[2] || '/' : undefined;
  if (/^[a-z][a-z0-9+.-]*:|^#|^$/i.test(url)) return undefined;
  if (url.startsWith('/')) return url;
  return path.posix.join(
    page.oldPath.endsWith('/') ? page.oldPath : path.posix.dirname(page.oldPath),
    url,
  );
}

export function rewriteLinks(
  page: SourcePage,
  context: LinkContext,
): { body: string; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  let body = page.body;
  const line = (at: number) => lineAt(body, at, page.bodyLine);
  /** The URL to write for `url`, or `missing` with the old address when a file is not there. */
  const target = (url: string, at: number): { url: string } | { missing: string } => {
    if (url.startsWith(SOURCE_LINK)) {
      const file = url.slice(SOURCE_LINK.length).replace(/^\//, '');
      const found = [...context.sourceFiles].find(([f]) => f === file || f.endsWith(`/${file}`));
      if (found) return { url: found[1] };
      notes.push(
        note(
          'unconverted',
          page.file,
          line(at),
          `The link to ${file} names no page of the old site.`,
        ),
      );
      return { url: '#' };
    }
    const old = oldPathOf(url, page, context.hosts);
    if (old === undefined) return { url };
    const [pathPart = '/', hash = ''] = old.split(/(?=#)/);
    const bare = pathPart.split('?')[0]!;
    if (FILE_PATH.test(bare)) {
      const file = context.file(bare);
      return 'copy' in file ? { url: file.copy } : { missing: context.oldAddress(old) };
    }
    const moved = context.pages.get(pathKey(bare));
    return { url: moved ? `${moved}${hash}` : context.oldAddress(old) };
  };
  const image = (src: string, alt: string, at: number, write: (url: string) => string) => {
    if (!alt.trim())
      notes.push(
        note(
          'no-alt',
          page.file,
          line(at),
          `The image ${src} has no alt text: describe what it shows.`,
        ),
      );
    const to = target(src, at);
    if ('url' in to && /^(https?:)?\/\//i.test(to.url)) {
      // The site's Content-Security-Policy shows no image from another website: link to it.
      notes.push(
        note(
          'left-out',
          page.file,
          line(at),
          `The image ${src} is on another website: it is a link to it now. Save a copy beside the page to show it.`,
        ),
      );
      return `[Image: ${alt.trim() || path.posix.basename(src)}](${to.url})`;
    }
    if ('url' in to) return write(to.url);
    notes.push(
      note(
        'missing-file',
        page.file,
        line(at),
        `The image ${src} is not in the source: it is linked at ${to.missing}.`,
      ),
    );
    return `[Image: ${alt.trim() || path.posix.basename(src)}](${to.missing})`;
  };
  const link = (url: string, at: number) => {
    const to = target(url, at);
    if ('url' in to) return to.url;
    notes.push(
      note(
        'missing-file',
        page.file,
        line(at),
        `The file ${url} is not in the source: it is linked at ${to.missing}.`,
      ),
    );
    return to.missing;
  };
  // Images first, each set aside behind a placeholder, so the link around an image
  // (`[![alt](src)](href)`) is read as one link, and an image's new URL is not read again.
  const images: string[] = [];
  const setAside = (written: string) => `\u0000${images.push(written) - 1}\u0000`;
  body = body.replace(/<img\b[^>]*>/gi, (tag, at: number) => {
    const src = /\bsrc\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2];
    if (!src) return tag;
    const alt = /\balt\s*=\s*(["'])(.*?)\1/is.exec(tag)?.[2] ?? '';
    return setAside(image(src, alt, at, (url) => tag.replace(src, url)));
  });
  body = body.replace(
    /!\[([^[\]]*)\]\(\s*<?([^)\s>]+)>?(\s+"[^"]*")?\s*\)/g,
    (_, alt: string, src: string, title = '', at: number) =>
      setAside(image(src, alt, at, (url) => `![${alt}](${url}${title})`)),
  );
  // Link text may hold one level of brackets: `[the act [to] standardise](/path/)`.
  body = body.replace(
    /\[((?:[^[\]]|\[[^[\]]*\])*)\]\(\s*<?([^)\s>]+)>?(\s+"[^"]*")?\s*\)/g,
    (_, text: string, url: string, title = '', at: number) => `[${text}](${link(url, at)}${title})`,
  );
  body = body.replace(
    /\bhref\s*=\s*(["'])(.*?)\1/gi,
    (_, quote: string, url: string, at: number) => `href=${quote}${link(url, at)}${quote}`,
  );
  body = body.replace(
    /^(\s{0,3}\[[^\]]+\]:\s*)(\S+)/gm,
    (_, label: string, url: string, at: number) => `${label}${link(url, at)}`,
  );
  body = body.replace(/\u0000(\d+)\u0000/g, (_, n: string) => images[Number(n)]!);
  return { body, notes };
}
