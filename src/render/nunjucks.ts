import type { Environment } from 'nunjucks';
import { loadNunjucks } from './load-nunjucks.ts';
import { govukFrontendDist, layoutsDir } from './nunjucks-paths.ts';
import { phaseMessageHtml } from './phase-banner.ts';
import { RenderOnce } from './render-once.ts';
import { label, type Strings } from './strings.ts';

/**
 * A Nunjucks environment outside Eleventy, for pages rendered after Eleventy runs (legacy hosts,
 * coverage reports). Search order matches the Eleventy build: our layouts first, then
 * govuk-frontend.
 */
export function createNunjucks(strings: Strings): Environment {
  const nunjucks = loadNunjucks();
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([layoutsDir, govukFrontendDist]),
    {
      autoescape: true,
      throwOnUndefined: false,
    },
  );
  // The same filters as the Eleventy build's (src/eleventy/plugin.ts) that base.njk uses.
  env.addFilter('phaseMessageHtml', phaseMessageHtml);
  env.addFilter('t', (key: string, lang: string, args?: Record<string, string>) =>
    label(strings, lang, key, args),
  );
  // Each build makes its own environment, so what renders once is once per build.
  return env.addExtension('renderOnce', new RenderOnce(nunjucks.runtime.SafeString));
}
