// Eleventy's static settings, which Eleventy reads from a config file only. Everything else (the
// folders, the site's state, the plugin) reaches it through the config callback of
// src/eleventy/eleventy-for.ts, never through globals. Markdown is never run through a template
// engine, so `{{ }}` in content stays text.
export const config = {
  templateFormats: ['md', 'njk'],
  markdownTemplateEngine: false,
  htmlTemplateEngine: 'njk',
};
