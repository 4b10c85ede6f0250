import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/search/` (a placeholder until site search arrives) and `/404.html`: layouts with no data. */
export const addStaticPages: GeneratedPage = (eleventyConfig) => {
  addGenerated(eleventyConfig, 'search.njk', { layout: 'search.njk', permalink: '/search/' });
  addGenerated(eleventyConfig, '404.njk', { layout: '404.njk', permalink: '/404.html' });
};
