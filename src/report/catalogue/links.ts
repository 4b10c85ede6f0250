import { area, rule } from './rule.ts';

/** Links written in a page, and the links of the built site that linkinator follows. */
export const links = area('links', {
  LINK_BROKEN: rule({
    title: 'A link leads to a page the site does not publish',
    severity: 'error',
    message: (
      a: { href: string; file: string } | { href: string; path: string; withSlash?: string },
    ) =>
      'file' in a
        ? `The link "${a.href}" points at ${a.file}, which is not a published page.`
        : `The link "${a.href}" points at ${a.path}, which this site does not publish.`,
    fix: (a) =>
      'file' in a
        ? "Check the file name and the ../ steps from this file, or link to the page's URL such as /vat/register/."
        : a.withSlash
          ? `Add the trailing slash: ${a.withSlash}`
          : 'Check the address against the page you mean; site paths look like /vat/register/.',
    example: { href: '../vat/registr.md', file: 'content/tax-office/vat/registr.md' },
  }),
  LINK_RELATIVE: rule({
    title: 'A link is relative',
    severity: 'error',
    message: ({ href }: { href: string }) =>
      `The link "${href}" is relative, so it would break when the page moves.`,
    fix: "Link to another page's Markdown file (e.g. ../vat/register.md) or to a site path starting with /.",
    example: { href: 'register' },
  }),
  FILE_MISSING: rule({
    title: 'A link or image names a file that does not exist',
    severity: 'error',
    message: ({
      href,
      file,
      near,
    }: {
      href: string;
      file: string;
      near?: string;
      relative?: string;
    }) =>
      `The link "${href}" points at ${file}, which does not exist${near ? `; the nearest file is ${near}` : ''}.`,
    fix: ({ relative }) =>
      relative
        ? `Did you mean "${relative}"? Check the name and the ../ steps from this page.`
        : "Put the file beside the page in the department's folder, and check its name and the ../ steps from this page.",
    example: {
      href: 'anual-report.pdf',
      file: 'content/tax-office/vat/anual-report.pdf',
      near: 'content/tax-office/vat/annual-report.pdf',
      relative: 'annual-report.pdf',
    },
  }),
  LINK_FRAGMENT_MISSING: rule({
    title: 'A link leads to a heading that does not exist',
    severity: 'error',
    message: ({ page, url, fragment }: { page: string; url: string; fragment: string }) =>
      `The page ${page} links to ${url}, but that page has no heading or element with id "${fragment}".`,
    fix: 'Link to a heading that exists: a heading\'s id is made from its text, so "## How to pay" is #how-to-pay.',
    example: { page: '/vat/', url: '/vat/register/#how-to-pay', fragment: 'how-to-pay' },
  }),
  LINK_TARGET_MISSING: rule({
    title: 'A link of the built site leads nowhere',
    severity: 'error',
    message: ({ page, url, via }: { page: string; url: string; via: string }) =>
      `The page ${page} links to ${url} (${via}), which is not in the built site.`,
    fix: 'Link to a page or file the site publishes; check the spelling and the trailing slash.',
    example: { page: '/vat/', url: '/vat/rates/', via: 'a href' },
  }),
});
