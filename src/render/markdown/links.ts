import path from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import { schemeOf } from '../../content/schemes.ts';
import { html, links, markdown } from '../../report/catalogue/index.ts';
import { report } from '../../report/diagnostic.ts';
import { envOf, type MarkdownEnv } from './env.ts';
import { SAFE_SCHEMES } from './html-policy.ts';
import { eachInline } from './lines.ts';

/**
 * Checks every link and image: `.md` files are rewritten to their page's URL, site paths must be
 * published, and any scheme but http(s), mailto and tel (javascript:, data:...) is refused and
 * never reaches the output.
 */
export function checkedLinks(md: MarkdownIt) {
  // markdown-it would silently print a refused link as text; we report it instead.
  md.validateLink = () => true;
  md.core.ruler.push('checked_links', (state) => {
    const env = envOf(state);
    eachInline(state.tokens, env, (token, line, siblings, index) => {
      const attr = token.type === 'link_open' ? 'href' : token.type === 'image' ? 'src' : undefined;
      if (!attr) return;
      const href = String(token.attrGet(attr) ?? '');
      const resolved = resolveLink(href, env, line);
      if (resolved === undefined) return dropLink(siblings, index);
      token.attrSet(attr, resolved);
      env.linkLines.push({ href: resolved, line });
      if (attr === 'src') warnIfExternal('img', resolved, env, line);
    });
    return true;
  });
}

/** An image or media file on another website: the Content-Security-Policy keeps readers from seeing it. */
export function warnIfExternal(element: string, url: string, env: MarkdownEnv, line: number) {
  if (!/^(https?:)?\/\//i.test(url)) return;
  env.diagnostics.push(report(markdown.MEDIA_EXTERNAL, { file: env.file, line }, { element, url }));
}

/**
 * Where a link or image written in a page leads: a page's Markdown file becomes its URL, a site
 * path must be published; undefined when it is refused (and reported), so it never reaches a reader.
 */
export function resolveLink(href: string, env: MarkdownEnv, line: number): string | undefined {
  const where = { file: env.file, line };
  const scheme = schemeOf(href);
  if (scheme) {
    if (SAFE_SCHEMES.has(scheme)) return href;
    env.diagnostics.push(report(html.LINK_UNSAFE_SCHEME, where, { href, scheme }));
    return undefined;
  }
  if (href.startsWith('//') || href.startsWith('#') || href === '') return href;

  const [target = '', fragment] = splitFragment(href);
  const suffix = fragment === undefined ? '' : `#${fragment}`;
  const withFragment = (url: string) => url + suffix;

  if (target.endsWith('.md')) {
    const file = target.startsWith('/')
      ? path.posix.normalize(`content${target}`)
      : path.posix.join(path.posix.dirname(env.file), decodeURI(target));
    const url = env.links?.urlOfFile(file);
    if (url) return withFragment(url);
    if (env.links) {
      env.diagnostics.push(report(links.LINK_BROKEN, where, { href, file }));
    }
    return href;
  }
  if (!target.startsWith('/') && FILE_NAME.test(target))
    return resolveFile(href, target, env, line);
  if (target.startsWith('/')) {
    if (env.links && !env.links.isPublished(target)) {
      const withSlash = `${target}/`;
      const slashed = !target.endsWith('/') && env.links.isPublished(withSlash);
      env.diagnostics.push(
        report(links.LINK_BROKEN, where, {
          href,
          path: target,
          ...(slashed ? { withSlash } : {}),
        }),
      );
    }
    return href;
  }
  env.diagnostics.push(report(links.LINK_RELATIVE, where, { href }));
  return href;
}

/** A relative path ending in a file extension other than .md: an image or document beside the page. */
const FILE_NAME = /\.[a-z0-9]{1,5}$/i;

/** The project path of a file named by its path from a page. */
export function filePathFrom(page: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    /* a malformed escape: look for the name as written */
  }
  return path.posix.join(path.posix.dirname(page), decoded);
}

/** A file beside the pages, by its path from the page: its published URL, or an error naming the nearest file. */
function resolveFile(
  href: string,
  target: string,
  env: MarkdownEnv,
  line: number,
): string | undefined {
  const file = filePathFrom(env.file, target);
  if (!env.links) return href;
  // A file the files stage refused has its own error; the reference is left out, not reported again.
  if (env.links.isRefusedFile(file)) {
    env.usedFiles.add(file);
    return undefined;
  }
  const found = env.links.fileAt(file);
  if (found) {
    env.usedFiles.add(file);
    if (found.image) env.images.set(found.url, found.image);
    return found.url;
  }
  const near = env.links.nearestFile(file);
  const relative = near && path.posix.relative(path.posix.dirname(env.file), near);
  env.diagnostics.push(
    report(links.FILE_MISSING, { file: env.file, line }, { href, file, near, relative }),
  );
  return href;
}

function splitFragment(href: string): [string, string | undefined] {
  const hash = href.indexOf('#');
  return hash === -1 ? [href, undefined] : [href.slice(0, hash), href.slice(hash + 1)];
}

/** Keeps the link text, drops the link. */
function dropLink(siblings: Token[], index: number) {
  const open = siblings[index]!;
  if (open.type === 'image') {
    open.type = 'text';
    open.content = open.content || '';
    return;
  }
  let depth = 0;
  for (let i = index; i < siblings.length; i++) {
    const t = siblings[i]!;
    if (t.type === 'link_open') depth++;
    if (t.type === 'link_close' && --depth === 0) {
      t.type = 'text';
      t.content = '';
      break;
    }
  }
  open.type = 'text';
  open.content = '';
  open.attrs = null;
}
