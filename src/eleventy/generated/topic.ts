import { inLanguage, topicLanguages } from '../../content/languages.ts';
import { topicView } from '../../render/views/topic.ts';
import { addGenerated, type GeneratedPage, perVersion } from './virtual.ts';

/** `/topics/<slug>/`, and `/cymraeg/topics/<slug>/` for each other language the topic is named in. */
export const addTopicPages: GeneratedPage = (eleventyConfig, state) => {
  addGenerated(eleventyConfig, 'topic.njk', {
    layout: 'topic.njk',
    ...perVersion('topicVersions', ({ slug, lang }) => inLanguage(state.model.config, lang, `/topics/${slug}/`)),
  });
  eleventyConfig.addNunjucksGlobal('topicView', (slug: string, lang: string) =>
    topicView(state.model, slug, lang, state.strings),
  );
};

/** Each topic in each language it is named in, for the pagination above. */
export const topicVersions = (state: Parameters<GeneratedPage>[1]) =>
  Object.entries(state.model.topics).flatMap(([slug, topic]) =>
    topicLanguages(state.model.config, topic).map((l) => ({ slug, lang: l.code })),
  );
