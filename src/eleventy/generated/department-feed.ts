import { departmentFeed, feedPath } from '../../render/views/feed.ts';
import { addGenerated, type GeneratedPage, perVersion } from './virtual.ts';

/** `/departments/<slug>/news.xml`, and `/cymraeg/departments/<slug>/news.xml` for each other language it is named in. */
export const addDepartmentFeeds: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'department-feed.njk', {
    layout: false,
    ...perVersion('departmentVersions', ({ slug, lang }) => feedPath(state.model.config, lang, slug)),
  }, '{{ departmentFeed(item.slug, item.lang) | safe }}');
  eleventyConfig.addNunjucksGlobal('departmentFeed', (slug: string, lang: string) =>
    departmentFeed(state.model, slug, lang, state.strings),
  );
};
