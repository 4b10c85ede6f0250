/**
 * Where an Eleventy or Jekyll site served a page, computed as its own rules did: a permalink in
 * the page's front matter, else one from its folder's data file (Eleventy) or `_config.yml`
 * (Jekyll), else its path in the input folder. Only the tokens such rules use for pages are
 * understood; a permalink with other template logic is not guessed at (undefined).
 */
import { slug } from '../slug.ts';

export interface PermalinkInput {
  /** Path of the page in the site's input folder, without extension, e.g. `posts/2014-03-21-29-minutes`. */
  inputPath: string;
  /** YYYY-MM-DD as the old site dated it (UTC). */
  date?: string;
  title: string;
  categories: string[];
}

/** Eleventy's fileSlug: the file's name without a leading date. */
export const fileSlug = (inputPath: string) =>
  (inputPath.split('/').pop() ?? '').replace(/^\d{4}-\d{2}-\d{2}-/, '');

const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title/',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title/',
  none: '/:categories/:title/',
};

export function evaluatePermalink(pattern: string, input: PermalinkInput): string | undefined {
  const [year, month, day] = (input.date ?? '').split('-');
  const values: Record<string, string | undefined> = {
    datePath: input.date ? `${year}/${month}/${day}` : undefined,
    year,
    month,
    day,
    title: fileSlug(input.inputPath),
    slug: fileSlug(input.inputPath),
    slugifiedTitle: slug(input.title),
    categories: input.categories.map(slug).join('/'),
  };
  const jekyll = JEKYLL_STYLES[pattern] ?? pattern;
  let failed = false;
  const value = (name: string) => {
    const v = values[name];
    if (v === undefined) failed = true;
    return v ?? '';
  };
  const path = jekyll
    // Eleventy: `{{ page.date | toDatePath }}` (any filter of the date that makes a path).
    .replace(/\{\{\s*page\.date\s*\|\s*\w*[Pp]ath\w*\s*\}\}/g, () => value('datePath'))
    .replace(/\{\{\s*page\.fileSlug\s*\}\}/g, () => value('slug'))
    .replace(/\{\{\s*(page\.)?title\s*\|\s*slug(ify)?\s*\}\}/g, () => value('slugifiedTitle'))
    // Jekyll's placeholders.
    .replace(/:(year|month|day|title|slug|categories)\b/g, (_, name: string) => value(name));
  if (failed || /[{}%]/.test(path)) return undefined;
  return normalPath(path);
}

/** Eleventy's default: the input path, an `index` file taking its folder's URL. */
export function defaultPermalink(inputPath: string): string {
  const parts = inputPath.split('/');
  if (parts.at(-1) === 'index') parts.pop();
  return normalPath(`/${parts.join('/')}/`);
}

/** `/a//b/index.html` -> `/a/b/`: one slash between parts, a page's trailing slash kept. */
export function normalPath(p: string): string {
  const cleaned = `/${p}`.replace(/\/index\.html?$/, '/').replace(/\/{2,}/g, '/');
  return /\.[a-z0-9]+$/i.test(cleaned) || cleaned.endsWith('/') ? cleaned : `${cleaned}/`;
}

/** Where the page goes: under `under`, each part of its name made URL-safe. */
export function pageName(under: string, name: string): string {
  const parts = name.split('/').filter(Boolean).map(slug);
  return [under, ...(parts.length ? parts : ['index'])].filter(Boolean).join('/');
}
