import { govukPublishing } from './src/eleventy/plugin.ts';
import { sharedState } from './src/eleventy/shared-state.ts';

// Static settings: content in, layouts beside it, the site out. Markdown is never run through a
// template engine, so `{{ }}` in content stays text.
export const config = {
  dir: { input: 'content', includes: '../layouts', layouts: '../layouts', data: '_data', output: '_site' },
  templateFormats: ['md', 'njk'],
  markdownTemplateEngine: false,
  htmlTemplateEngine: 'njk',
};

export default function (eleventyConfig: any) {
  govukPublishing(eleventyConfig, { root: process.cwd(), state: sharedState.preloaded });
}
