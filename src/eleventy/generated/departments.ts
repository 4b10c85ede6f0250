import { departmentsAtoZ } from '../../render/views/departments.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/departments/`: every department, A to Z. */
export const addDepartmentsPage: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'departments.njk', { layout: 'departments.njk', permalink: '/departments/' });
  eleventyConfig.addNunjucksGlobal('departmentsAtoZ', () => departmentsAtoZ(state.model));
};
