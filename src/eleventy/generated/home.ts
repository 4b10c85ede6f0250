import { homeView } from '../../render/views/home.ts';
import { addGenerated, type GeneratedPage } from './virtual.ts';

/** `/`: topics, departments and the latest news. */
export const addHomePage: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'home.njk', { layout: 'home.njk', permalink: '/' });
  eleventyConfig.addNunjucksGlobal('homeView', () => homeView(state.model));
};
