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

/**
 * Where a file beside the pages publishes: its path in the department, each part lowercased with
 * anything but letters and numbers made a hyphen, the extension kept
 * (`vat/Annual Report 2024.PDF` -> `/vat/annual-report-2024.pdf`). Like a page's URL it holds only
 * `a-z 0-9 - / .`, and a dot only before the extension, so no file can be written outside `_site/`.
 */
export function fileUrlFromPath(pathInDepartment: string): string {
  const parts = pathInDepartment.split('/');
  const name = parts.pop() ?? '';
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  // Accents go before the rest: `Résumé.pdf` is `resume.pdf`, not `r-sum-.pdf`.
  const clean = (part: string) =>
    part
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'file';
  const extension = ext.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `/${[...parts.map(clean), clean(stem)].join('/')}${extension ? `.${extension}` : ''}`;
}

export const FILE_URL = /^\/([a-z0-9-]+\/)*[a-z0-9-]+(\.[a-z0-9]+)?$/;

/** A valid spelling of `url`, for the fix in an error: lowercase, hyphens for anything else. */
export function suggestUrl(url: string): string {
  const segments = url
    .toLowerCase()
    .split('/')
    .map((s) => s.replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export const isSitePath = (url: string) => SITE_PATH.test(url);

/**
 * URLs the site generates in each of its languages, written as in the default language (in Welsh
 * `/cymraeg/`, `/cymraeg/search/`...): the home page, and folders it owns every URL under.
 */
export const GENERATED_IN_EACH_LANGUAGE = ['/', '/departments/', '/topics/', '/search/'];
/** Folders the site generates once, whatever the language. */
export const GENERATED_ONCE = ['/migrations/', '/assets/', '/pagefind/', '/api/'];

/** A site path in each of the site's languages (`inEachLanguage` in languages.ts). */
export type InEachLanguage = (sitePath: string) => string[];

/**
 * What a URL would take from the pages the site generates: a language's home page (that URL
 * alone), or a folder the site owns every URL under. No page may take either.
 */
export function reservedBy(
  url: string,
  inEachLanguage: InEachLanguage = (sitePath) => [sitePath],
): { reserved: string; home: boolean } | undefined {
  const [home, ...folders] = GENERATED_IN_EACH_LANGUAGE;
  if (inEachLanguage(home!).includes(url)) return { reserved: url, home: true };
  const reserved = [...folders.flatMap(inEachLanguage), ...GENERATED_ONCE].find((r) =>
    url.startsWith(r),
  );
  return reserved ? { reserved, home: false } : undefined;
}

/** Where the page is written inside the output folder. */
export const outputPathFor = (url: string) => `${url.slice(1)}index.html`;
