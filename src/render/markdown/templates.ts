import path from 'node:path';
import nunjucks from '../nunjucks-module.ts';
import { govukFrontendDist } from '../nunjucks-paths.ts';

/** The Nunjucks environment the Markdown blocks render components with: govuk-frontend's macros and our layouts'. */
export const componentTemplates = new nunjucks.Environment(
  new nunjucks.FileSystemLoader([
    govukFrontendDist,
    path.resolve(import.meta.dirname, '../../../layouts'),
  ]),
  { autoescape: true },
);
