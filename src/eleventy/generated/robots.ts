import { robotsTxt } from '../../render/views/sitemap.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/robots.txt`: lets everything be crawled and points at the sitemap. */
export const addRobots: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'robots.njk', { layout: false, permalink: '/robots.txt' }, '{{ robotsTxt() | safe }}');
  eleventyConfig.addNunjucksGlobal('robotsTxt', () => robotsTxt(state.model));
};
