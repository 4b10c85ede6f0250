import path from 'node:path';
import type { Environment } from 'nunjucks';
import { loadNunjucks } from '../load-nunjucks.ts';
import { govukFrontendDist } from '../nunjucks-paths.ts';

let environment: Environment | undefined;

/**
 * The Nunjucks environment the Markdown blocks render components with: govuk-frontend's macros
 * and our layouts'. Made on the first render, so parsing Markdown alone never loads Nunjucks.
 */
export function componentTemplates(): Environment {
  const nunjucks = loadNunjucks();
  environment ??= new nunjucks.Environment(
    new nunjucks.FileSystemLoader([
      govukFrontendDist,
      path.resolve(import.meta.dirname, '../../../layouts'),
    ]),
    { autoescape: true },
  );
  return environment;
}
