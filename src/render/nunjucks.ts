import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Environment } from 'nunjucks';
import { loadNunjucks } from './load-nunjucks.ts';
import { govukFrontendDist } from './nunjucks-paths.ts';
import { phaseMessageHtml } from './phase-banner.ts';
import { RenderOnce } from './render-once.ts';

/** The product's layouts: they belong to the product, never to the site being built. */
const productLayouts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../layouts');

/**
 * A Nunjucks environment outside Eleventy, for pages rendered after Eleventy runs (legacy hosts,
 * coverage reports). Search order matches the Eleventy build: our layouts first, then
 * govuk-frontend.
 */
export function createNunjucks(): Environment {
  const nunjucks = loadNunjucks();
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([productLayouts, govukFrontendDist]),
    {
      autoescape: true,
      throwOnUndefined: false,
    },
  );
  // The same filters as the Eleventy build's (src/eleventy/plugin.ts) that base.njk uses.
  env.addFilter('phaseMessageHtml', phaseMessageHtml);
  // Each build makes its own environment, so what renders once is once per build.
  return env.addExtension('renderOnce', new RenderOnce(nunjucks.runtime.SafeString));
}
