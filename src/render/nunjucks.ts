import nunjucks from 'nunjucks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { govukFrontendDist } from './nunjucks-paths.ts';

/** The product's layouts: they belong to the product, never to the site being built. */
const productLayouts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../layouts');

/**
 * A Nunjucks environment outside Eleventy, for markup rendered before or after Eleventy runs
 * (Markdown blocks through govuk-frontend macros, pages for legacy hosts). Search order matches
 * the Eleventy build: our layouts first, then govuk-frontend. `_root` (the site's folder) is
 * accepted for existing callers but not used: a site copied elsewhere (tests, `buildSite({root})`)
 * has no layouts of its own, just as Eleventy reads the product's.
 */
export function createNunjucks(_root?: string): nunjucks.Environment {
  return new nunjucks.Environment(
    new nunjucks.FileSystemLoader([productLayouts, govukFrontendDist]),
    { autoescape: true, throwOnUndefined: false },
  );
}
