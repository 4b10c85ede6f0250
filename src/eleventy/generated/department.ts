import { overduePagesByDepartment, todayIso } from '../../check/review-dates.ts';
import { departmentLanguages, inLanguage } from '../../content/languages.ts';
import { departmentView } from '../../render/views/departments.ts';
import { addGenerated, type GeneratedPage, perVersion } from './virtual.ts';

/** `/departments/<slug>/`, and `/cymraeg/departments/<slug>/` for each other language it is named in. */
export const addDepartmentPages: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'department.njk', {
    layout: 'department.njk',
    ...perVersion('departmentVersions', ({ slug, lang }) =>
      inLanguage(state.model.config, lang, `/departments/${slug}/`)),
  });
  eleventyConfig.addNunjucksGlobal('departmentView', (slug: string, lang: string) =>
    departmentView(state.model, slug, lang, state.strings),
  );
  // For editors only: the public build never lists review dates.
  eleventyConfig.addNunjucksGlobal('overduePages', (slug: string) =>
    (state.preview ? overduePagesByDepartment(state.model, todayIso()).get(slug) : undefined) ?? []);
};

/** Each department in each language it is named in, for the pagination above. */
export const departmentVersions = (state: Parameters<typeof addDepartmentPages>[1]) =>
  [...state.model.departments.values()].flatMap((d) =>
    departmentLanguages(state.model.config, d).map((lang) => ({ slug: d.slug, lang })),
  );
