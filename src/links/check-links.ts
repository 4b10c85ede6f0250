import type { PageLinks } from './extract.ts';

export interface BrokenLink {
  /** Output file holding the link, relative to the site folder, e.g. `vat/index.html`. */
  page: string;
  url: string;
  via: string;
  line: number;
  problem: 'missing-target' | 'missing-fragment';
}

export interface SiteLinks {
  broken: BrokenLink[];
  /** External URLs, not fetched (a build has no network): listed for review. */
  external: Map<string, string[]>;
}

/** Where a link leads: a URL off the site, or a file of it (undefined: outside its prefix) and an id. */
type Target = { external: string } | { file: string | undefined; fragment: string };

/**
 * Checks every internal link, asset reference and #fragment of a rendered site against the files
 * and ids it holds. `pathPrefix` is the site's path (`/` or e.g. `/gov/`); links to `siteOrigin`
 * (the site's own absolute URLs) are internal too.
 */
export function checkSiteLinks(
  pages: ReadonlyMap<string, PageLinks>,
  files: ReadonlySet<string>,
  pathPrefix = '/',
  siteOrigin?: string,
): SiteLinks {
  const broken: BrokenLink[] = [];
  const external = new Map<string, string[]>();
  // The header's and footer's links are on every page: each is resolved once, not 10,000 times.
  const targets = new Map<string, Target>();
  for (const [page, { links, ids }] of pages) {
    for (const link of links) {
      if (/^(mailto|tel):/i.test(link.url)) continue;
      const key = leadsAnywhereTheSame(link.url) ? link.url : `${page}\n${link.url}`;
      let target = targets.get(key);
      if (!target) {
        target = targetOf(link.url, page, pathPrefix, siteOrigin);
        targets.set(key, target);
      }
      if ('external' in target) {
        // Pushed, not copied: the footer's external links are on every page.
        const pages = external.get(target.external);
        if (pages) pages.push(page);
        else external.set(target.external, [page]);
        continue;
      }
      const problem = problemOf(
        target,
        page === target.file ? ids : pages.get(target.file!)?.ids,
        files,
      );
      if (problem) broken.push({ page, url: link.url, via: link.via, line: link.line, problem });
    }
  }
  return { broken, external };
}

/** A missing file, or a missing id on a page whose ids are known. */
function problemOf(
  { file, fragment }: { file: string | undefined; fragment: string },
  targetIds: ReadonlySet<string> | undefined,
  files: ReadonlySet<string>,
): BrokenLink['problem'] | undefined {
  if (file === undefined || !files.has(file)) return 'missing-target';
  if (fragment && file.endsWith('.html') && targetIds && !targetIds.has(fragment))
    return 'missing-fragment';
  return undefined;
}

function targetOf(url: string, page: string, pathPrefix: string, siteOrigin?: string): Target {
  const base = new URL(`http://site.invalid${pathPrefix}${page}`);
  let target = new URL(url, base);
  if (target.origin === siteOrigin)
    target = new URL(`${target.pathname}${target.search}${target.hash}`, base);
  if (target.host !== 'site.invalid') return { external: target.href };
  return {
    file: outputFileFor(decodeURIComponent(target.pathname), pathPrefix),
    // `#:~:text=...` asks the browser to find text, not an id: only what comes before is an id.
    fragment: decodeURIComponent(target.hash.slice(1)).split(':~:')[0]!,
  };
}

/**
 * Whether a link resolves the same from every page of the site: a path from the root (`/vat/`),
 * or a URL with its own scheme and host (`https://…`), not one relative to the page (`../vat/`,
 * `#rates`). `test/links/link-resolution.test.ts` holds this to the URL parser.
 */
export function leadsAnywhereTheSame(url: string): boolean {
  return /^(?:\/|[a-z][a-z\d+.-]*:\/\/)/i.test(url);
}

/** `/gov/vat/` -> `vat/index.html`; undefined when the path is outside the site's prefix. */
export function outputFileFor(pathname: string, pathPrefix = '/'): string | undefined {
  if (!pathname.startsWith(pathPrefix)) return undefined;
  const inside = pathname.slice(pathPrefix.length);
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}
