import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Folder that holds govuk-frontend's `govuk/` Nunjucks templates, so `govuk/template.njk` resolves. */
export const govukFrontendDist = path.join(
  path.dirname(require.resolve('govuk-frontend/package.json')),
  'dist',
);

/** This product's layouts (and their strings), whichever site it builds. */
export const layoutsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../layouts',
);
