import { links } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import type { BrokenLink } from './check-links.ts';

/** Where a rendered link came from: a Markdown file and line, when it did. */
export type LinkSource = (page: string, url: string) => { file: string; line: number } | undefined;

/**
 * One error per broken link, on the Markdown line that wrote it where there is one, otherwise on
 * the built page (a link from a layout or a generated page).
 */
export function brokenLinkDiagnostics(
  broken: readonly BrokenLink[],
  siteFolder: string,
  sourceOf: LinkSource,
): Diagnostic[] {
  return broken.map((link) => {
    const where = sourceOf(link.page, link.url) ?? {
      file: `${siteFolder}/${link.page}`,
      line: link.line,
    };
    const page = `/${link.page.replace(/index\.html$/, '')}`;
    if (link.problem === 'missing-fragment') {
      const fragment = link.url.slice(link.url.indexOf('#') + 1);
      return report(links.LINK_FRAGMENT_MISSING, where, { page, url: link.url, fragment });
    }
    return report(links.LINK_TARGET_MISSING, where, { page, url: link.url, via: link.via });
  });
}
