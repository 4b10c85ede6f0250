import { area, rule } from './rule.ts';

/** Addresses: each page's own, and the promise that a published address never silently breaks. */
export const urls = area('urls', {
  URL_INVALID: rule({
    title: "The page's address is not a valid site path",
    severity: 'error',
    message: ({ url, permalink }: { url: string; suggestion: string; permalink: boolean }) =>
      `${permalink ? `The permalink "${url}"` : `The file name gives the URL "${url}", which`} may use only lowercase letters, numbers, hyphens and slashes, and must start and end with "/".`,
    fix: ({ suggestion, permalink }) =>
      permalink
        ? `Use "${suggestion}".`
        : `Rename the file so its URL is "${suggestion}", or set "permalink: ${suggestion}".`,
    example: { url: '/vat/Register Now/', suggestion: '/vat/register-now/', permalink: false },
  }),
  URL_RESERVED: rule({
    title: 'The page would publish at an address the site generates',
    severity: 'error',
    message: ({ url, reserved, home }: { url: string; reserved: string; home: boolean }) =>
      `The page would publish at ${url}, which the site generates itself (${home ? (url === '/' ? 'the home page' : "the home page of one of the site's languages") : `it owns every URL under ${reserved}`}).`,
    fix: 'Move the file into a folder, or set a different "permalink".',
    example: { url: '/cymraeg/search/', reserved: '/cymraeg/search/', home: false },
  }),
  URL_COLLISION: rule({
    title: 'Two pages would publish at one address',
    severity: 'error',
    message: ({
      url,
      files,
    }: {
      url: string;
      files: readonly string[];
      others: readonly string[];
    }) => `${url} is published by ${files.length} pages: ${files.join(', ')}.`,
    fix: ({ others }) =>
      `Every page needs its own URL: rename this file or ${others.length > 1 ? 'the others' : others[0]}, or give one a distinct "permalink".`,
    example: {
      url: '/vat/register/',
      files: ['content/tax-office/vat/register.md', 'content/tax-office/vat/register/index.md'],
      others: ['content/tax-office/vat/register/index.md'],
    },
  }),
  PUBLISHED_URL_REMOVED: rule({
    title: 'An address the live site publishes would break',
    severity: 'error',
    message: ({
      url,
    }: {
      url: string;
      line: number;
      list: string;
      replacement?: { file?: string; url: string };
    }) =>
      `${url} is published on the live site, but no page publishes it now and nothing redirects it, so links and bookmarks to it would break.`,
    fix: ({ url, line, list, replacement }) =>
      `Either add "legacy_urls: [${url}]" to the front matter of the page that replaces it${replacement ? ` (${replacement.file}, now at ${replacement.url}?)` : ''}, ` +
      `or, if the content is gone for good, change line ${line} of ${list} to "${url} 410".`,
    example: {
      url: '/vat/rates/',
      line: 12,
      list: 'migrations-map/published-urls.txt',
      replacement: { file: 'content/tax-office/vat/vat-rates.md', url: '/vat/vat-rates/' },
    },
  }),
  PUBLISHED_URL_GONE_REPUBLISHED: rule({
    title: 'An address marked gone is published again',
    severity: 'warning',
    message: ({ url }: { url: string; line: number }) =>
      `${url} is marked gone (410) but a page publishes it again.`,
    fix: ({ line }) => `Remove " 410" from line ${line}, or run "npm run urls:update".`,
    example: { url: '/vat/old-rates/', line: 14 },
  }),
  PUBLISHED_URLS_MISSING: rule({
    title: 'There is no list of published addresses',
    severity: 'warning',
    message:
      'There is no list of published URLs, so nothing stops a change from breaking a live URL.',
    fix: 'Run "npm run urls:update" and commit the file it writes.',
    example: {},
  }),
  PUBLISHED_URLS_INVALID: rule({
    title: 'A line of the list of published addresses cannot be read',
    severity: 'error',
    message: ({ line }: { line: string }) =>
      `"${line}" is not a site path such as /vat/register/, optionally followed by 410.`,
    fix: 'Run "npm run urls:update" to rewrite the list, or correct the line by hand.',
    example: { line: '/vat/rates/ 301' },
  }),
});
