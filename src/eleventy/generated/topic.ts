import { topicView } from '../../render/views/topic.ts';
import { addGenerated, perItem, type GeneratedPage } from './virtual.ts';

/** `/topics/<slug>/`: one page per topic of topics.yml. */
export const addTopicPages: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'topic.njk', { layout: 'topic.njk', ...perItem('topics', (slug) => `/topics/${slug}/`) });
  eleventyConfig.addNunjucksGlobal('topicView', (slug: string) => topicView(state.model, slug));
};
