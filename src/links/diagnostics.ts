import { type Diagnostic, error } from '../report/diagnostic.ts';
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
      return error(
        'LINK_FRAGMENT_MISSING',
        where,
        `The page ${page} links to ${link.url}, but that page has no heading or element with id "${fragment}".`,
        'Link to a heading that exists: a heading\'s id is made from its text, so "## How to pay" is #how-to-pay.',
      );
    }
    return error(
      'LINK_TARGET_MISSING',
      where,
      `The page ${page} links to ${link.url} (${link.via}), which is not in the built site.`,
      'Link to a page or file the site publishes; check the spelling and the trailing slash.',
    );
  });
}
