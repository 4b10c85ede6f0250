import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { govukPublishing } from './src/eleventy/plugin.ts';
import { sharedState } from './src/eleventy/shared-state.ts';

const productRoot = path.dirname(fileURLToPath(import.meta.url));

// Static settings. The input (content/) and output (_site/) folders are given by whoever runs
// Eleventy: `npm start` on the command line, the build for the site it builds. Markdown is never
// run through a template engine, so `{{ }}` in content stays text.
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
  eleventyConfig.setIncludesDirectory(layouts);
  eleventyConfig.setLayoutsDirectory(layouts);
  govukPublishing(eleventyConfig, { root, state: sharedState.preloaded });
}
