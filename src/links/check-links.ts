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
  for (const [page, { links, ids }] of pages) {
    const base = new URL(`http://site.invalid${pathPrefix}${page}`);
    for (const link of links) {
      if (/^(mailto|tel):/i.test(link.url)) continue;
      let target = new URL(link.url, base);
      if (target.origin === siteOrigin)
        target = new URL(`${target.pathname}${target.search}${target.hash}`, base);
      if (target.host !== 'site.invalid') {
        // Pushed, not copied: the footer's external links are on every page.
        const pages = external.get(target.href);
        if (pages) pages.push(page);
        else external.set(target.href, [page]);
        continue;
      }
      const file = outputFileFor(decodeURIComponent(target.pathname), pathPrefix);
      if (file === undefined || !files.has(file)) {
        broken.push({
          page,
          url: link.url,
          via: link.via,
          line: link.line,
          problem: 'missing-target',
        });
        continue;
      }
      // `#:~:text=...` asks the browser to find text, not an id: only what comes before is an id.
      const fragment = decodeURIComponent(target.hash.slice(1)).split(':~:')[0]!;
      if (!fragment || !file.endsWith('.html')) continue;
      const targetIds = file === page ? ids : pages.get(file)?.ids;
      if (targetIds && !targetIds.has(fragment)) {
        broken.push({
          page,
          url: link.url,
          via: link.via,
          line: link.line,
          problem: 'missing-fragment',
        });
      }
    }
  }
  return { broken, external };
}

/** `/gov/vat/` -> `vat/index.html`; undefined when the path is outside the site's prefix. */
export function outputFileFor(pathname: string, pathPrefix = '/'): string | undefined {
  if (!pathname.startsWith(pathPrefix)) return undefined;
  const inside = pathname.slice(pathPrefix.length);
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}
