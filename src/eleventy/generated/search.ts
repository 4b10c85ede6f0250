import { searchView } from '../../render/views/search.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/search/`: the site search page; its filters come from the model (src/render/views/search.ts). */
export const addSearchPage: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'search.njk', { layout: 'search.njk', permalink: '/search/' });
  eleventyConfig.addNunjucksGlobal('searchView', () => searchView(state.model));
};
