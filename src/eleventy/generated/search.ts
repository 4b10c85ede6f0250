import { inLanguage } from '../../content/languages.ts';
import { searchView } from '../../render/views/search.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/**
 * `/search/`, and the search page of each other language (`/cymraeg/search/`), which searches
 * that language's index; filters come from the model (src/render/views/search.ts).
 */
export const addSearchPage: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'search.njk', {
    layout: 'search.njk',
    pagination: { data: 'siteIndex.languages', size: 1, alias: 'searchLang', addAllPagesToCollections: false },
    permalink: (data: { searchLang: string }) => inLanguage(state.model.config, data.searchLang, '/search/'),
  });
  eleventyConfig.addNunjucksGlobal('searchView', (lang: string) => searchView(state.model, lang, state.strings));
};
