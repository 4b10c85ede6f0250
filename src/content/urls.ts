/**
 * Page URLs. A URL is built only from lowercase letters, digits, hyphens and slashes, in any order
 * (GOV.UK's own slugs include `--2`), with no empty segment, so no page can name `..`, an absolute
 * file path or anything else that would write outside `_site/`.
 */
export const SITE_PATH = /^\/([a-z0-9-]+\/)*$/;

/** `vat/register.md` -> `/vat/register/`; `vat/index.md` -> `/vat/`; `index.md` -> `/`. */
export function urlFromPath(pathInDepartment: string): string {
  const segments = pathInDepartment.replace(/\.md$/, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** A valid spelling of `url`, for the fix in an error: lowercase, hyphens for anything else. */
export function suggestUrl(url: string): string {
  const segments = url
    .toLowerCase()
    .split('/')
    .map((s) => s.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export const isSitePath = (url: string) => SITE_PATH.test(url);

/**
 * URLs the site generates itself, so no page may take them. Prefixes end with `/`.
 */
export const RESERVED_URLS = ['/', '/departments/', '/topics/', '/search/', '/migrations/', '/assets/', '/pagefind/', '/api/'];

export function reservedBy(url: string): string | undefined {
  if (url === '/') return '/';
  return RESERVED_URLS.find((r) => r !== '/' && url.startsWith(r));
}

/** Where the page is written inside the output folder. */
export const outputPathFor = (url: string) => `${url.slice(1)}index.html`;
