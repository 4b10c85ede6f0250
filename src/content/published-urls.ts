import { departmentLanguages, inLanguage, siteLanguages, topicLanguages } from './languages.ts';
import type { SiteModel } from './site-model.ts';

/** Pages the site generates itself, beside the Markdown pages. */
export function generatedUrls(model: SiteModel): string[] {
  const { config } = model;
  return [
    ...siteLanguages(config).map((l) => inLanguage(config, l.code, '/')),
    ...siteLanguages(config).flatMap((l) => [
      inLanguage(config, l.code, '/departments/'),
      inLanguage(config, l.code, '/search/'),
    ]),
    ...[...model.departments.values()].flatMap((d) =>
      departmentLanguages(config, d).map((lang) =>
        inLanguage(config, lang, `/departments/${d.slug}/`),
      ),
    ),
    ...Object.entries(model.topics).flatMap(([slug, topic]) =>
      topicLanguages(config, topic).map((l) => inLanguage(config, l.code, `/topics/${slug}/`)),
    ),
    ...([...model.departments.values()].some((d) => d.languages?.length) ? ['/translations/'] : []),
  ];
}

/** Every URL the site publishes: its pages and the pages it generates. */
export function publishedUrls(model: SiteModel): Set<string> {
  return new Set([...model.pages.map((p) => p.url), ...generatedUrls(model)]);
}
