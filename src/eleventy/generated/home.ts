import { inLanguage, siteLanguages } from '../../content/languages.ts';
import { homeView } from '../../render/views/home.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/`, and the home page of each other language (`/cymraeg/`): topics, departments, the latest news. */
export const addHomePage: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'home.njk', {
    layout: 'home.njk',
    pagination: { data: 'siteIndex.languages', size: 1, alias: 'homeLang', addAllPagesToCollections: false },
    permalink: (data: { homeLang: string }) => inLanguage(state.model.config, data.homeLang, '/'),
  });
  eleventyConfig.addNunjucksGlobal('homeView', (lang: string) => homeView(state.model, lang, state.strings));
};

/** The codes of the site's languages, for the pagination above. */
export const languageCodes = (state: Parameters<GeneratedPage>[1]) =>
  siteLanguages(state.model.config).map((l) => l.code);
