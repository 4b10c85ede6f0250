import { sitemapXml } from '../../render/views/sitemap.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/sitemap.xml`: every public page, with absolute URLs. */
export const addSitemap: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'sitemap.njk', { layout: false, permalink: '/sitemap.xml' }, '{{ sitemapXml() | safe }}');
  eleventyConfig.addNunjucksGlobal('sitemapXml', () => sitemapXml(state.model));
};
