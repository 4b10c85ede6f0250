import nunjucks from 'nunjucks';
import path from 'node:path';
import { govukFrontendDist } from './nunjucks-paths.ts';

/**
 * A Nunjucks environment outside Eleventy, for markup rendered before or after Eleventy runs
 * (Markdown blocks through govuk-frontend macros, pages for legacy hosts). Search order matches
 * the Eleventy build: our layouts first, then govuk-frontend.
 */
export function createNunjucks(root: string): nunjucks.Environment {
  return new nunjucks.Environment(
    new nunjucks.FileSystemLoader([path.join(root, 'layouts'), govukFrontendDist]),
    { autoescape: true, throwOnUndefined: false },
  );
}
