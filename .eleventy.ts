import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitePathPrefix } from './src/eleventy/path-prefix.ts';
import { govukPublishing } from './src/eleventy/plugin.ts';
import { sharedState } from './src/eleventy/shared-state.ts';

const productRoot = path.dirname(fileURLToPath(import.meta.url));

// Static settings. The input folder is the site's content/ (set below); the output is _site/ for
// `npm start` and a staging folder for the build. Markdown is never run through a template
// engine, so `{{ }}` in content stays text.
export const config = {
  dir: { data: '_data' },
  templateFormats: ['md', 'njk'],
  markdownTemplateEngine: false,
  htmlTemplateEngine: 'njk',
};

export default function (eleventyConfig: any) {
  // Layouts belong to the product, content to the site being built (which tests vary).
  const root = sharedState.root ?? process.cwd();
  const layouts = path.relative(path.join(root, 'content'), path.join(productRoot, 'layouts'));
  // The `dir.input` above is lost when the Eleventy CLI loads this file through tsx (npm start),
  // so the input folder is set here too; the build passes the same folder explicitly.
  eleventyConfig.setInputDirectory(path.relative(process.cwd(), path.join(root, 'content')) || '.');
  eleventyConfig.setIncludesDirectory(layouts);
  eleventyConfig.setLayoutsDirectory(layouts);
  // A site below a domain's root, e.g. https://example.github.io/gov/: see src/eleventy/path-prefix.ts.
  const pathPrefix = sitePathPrefix(root, sharedState.preloaded);
  govukPublishing(eleventyConfig, { root, state: sharedState.preloaded, pathPrefix });
  return { pathPrefix };
}
