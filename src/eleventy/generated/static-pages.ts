import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/404.html`: a layout with no data. */
export const addStaticPages: GeneratedPage = (eleventyConfig) => {
  addGenerated(eleventyConfig, '404.njk', { layout: '404.njk', permalink: '/404.html' });
};
