import { departmentFeed, feedPath } from '../../render/views/feed.ts';
import { addGenerated, perItem, type GeneratedPage } from './virtual.ts';

/** `/departments/<slug>/news.xml`: an Atom feed of each department's news. */
export const addDepartmentFeeds: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'department-feed.njk', { layout: false, ...perItem('departments', feedPath) },
    '{{ departmentFeed(slug) | safe }}');
  eleventyConfig.addNunjucksGlobal('departmentFeed', (slug: string) => departmentFeed(state.model, slug));
};
