import { overduePagesByDepartment, todayIso } from '../../check/review-dates.ts';
import { departmentView } from '../../render/views/departments.ts';
import { addGenerated, perItem, type GeneratedPage } from './virtual.ts';

/** `/departments/<slug>/`: one page per department. */
export const addDepartmentPages: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'department.njk', { layout: 'department.njk', ...perItem('departments', (slug) => `/departments/${slug}/`) });
  eleventyConfig.addNunjucksGlobal('departmentView', (slug: string) => departmentView(state.model, slug));
  // For editors only: the public build never lists review dates.
  eleventyConfig.addNunjucksGlobal('overduePages', (slug: string) =>
    (state.preview ? overduePagesByDepartment(state.model, todayIso()).get(slug) : undefined) ?? []);
};
