import { inLanguage } from '../../content/languages.ts';
import { departmentsPageView } from '../../render/views/departments.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/departments/`, and each other language's (`/cymraeg/departments/`): departments A to Z. */
export const addDepartmentsPage: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'departments.njk', {
    layout: 'departments.njk',
    pagination: { data: 'siteIndex.languages', size: 1, alias: 'departmentsLang', addAllPagesToCollections: false },
    permalink: (data: { departmentsLang: string }) =>
      inLanguage(state.model.config, data.departmentsLang, '/departments/'),
  });
  eleventyConfig.addNunjucksGlobal('departmentsPageView', (lang: string) =>
    departmentsPageView(state.model, lang, state.strings),
  );
};
