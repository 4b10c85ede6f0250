import { translationParity } from '../../content/parity.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/translations/`: translation parity by department, when a department must publish in more languages. */
export const addTranslationsPage: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'translations.njk', {
    layout: 'translations.njk',
    permalink: () => (translationParity(state.model).departments.length ? '/translations/' : false),
  });
  eleventyConfig.addNunjucksGlobal('translationParity', () => translationParity(state.model).departments);
};
