import { addGenerated, type GeneratedPage } from './virtual.ts';

/**
 * `/translations/`: translation parity by department, written only when a department must
 * publish in more languages (a pagination over nothing writes no page).
 */
export const addTranslationsPage: GeneratedPage = (eleventyConfig, state) => {
  eleventyConfig.addGlobalData('translationsPage', () =>
    state.model.parity.departments.length ? ['/translations/'] : [],
  );
  addGenerated(eleventyConfig, 'translations.njk', {
    layout: 'translations.njk',
    pagination: { data: 'translationsPage', size: 1, alias: 'url', addAllPagesToCollections: false },
    permalink: (data: { url: string }) => data.url,
  });
  eleventyConfig.addNunjucksGlobal('translationParity', () => state.model.parity.departments);
};
