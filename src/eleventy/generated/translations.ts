import { translationParity } from '../../content/parity.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/**
 * `/translations/`: translation parity by department, written only when a department must
 * publish in more languages (a pagination over nothing writes no page).
 */
export const addTranslationsPage: GeneratedPage = (eleventyConfig, state) => {
  eleventyConfig.addGlobalData('translationsPage', () =>
    translationParity(state.model).departments.length ? ['/translations/'] : [],
  );
  addGenerated(eleventyConfig, 'translations.njk', {
    layout: 'translations.njk',
    pagination: { data: 'translationsPage', size: 1, alias: 'url', addAllPagesToCollections: false },
    permalink: (data: { url: string }) => data.url,
  });
  eleventyConfig.addNunjucksGlobal('translationParity', () => translationParity(state.model).departments);
};
