import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Folder that holds govuk-frontend's `govuk/` Nunjucks templates, so `govuk/template.njk` resolves. */
export const govukFrontendDist = path.join(
  path.dirname(require.resolve('govuk-frontend/package.json')),
  'dist',
);
