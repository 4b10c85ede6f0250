import type { LinkTargets } from '../render/markdown/index.ts';
import type { SiteModel } from './site-model.ts';

/** Pages the site generates itself, beside the Markdown pages. */
export function generatedUrls(model: SiteModel): string[] {
  return [
    '/',
    '/departments/',
    '/search/',
    ...[...model.departments.keys()].map((slug) => `/departments/${slug}/`),
    ...Object.keys(model.topics).map((slug) => `/topics/${slug}/`),
  ];
}

/** Every URL the site publishes: its pages and the pages it generates. */
export function publishedUrls(model: SiteModel): Set<string> {
  return new Set([...model.pages.map((p) => p.url), ...generatedUrls(model)]);
}

/** Where Markdown links may point, as plain data that can be sent to another thread. */
export interface LinkTargetData {
  /** Markdown file -> the URL of its page. */
  urlByFile: Map<string, string>;
  /** Every page of the site model and every generated page. */
  published: Set<string>;
}

export function linkTargetDataFor(model: SiteModel): LinkTargetData {
  return {
    urlByFile: new Map([...model.pageByFile].map(([file, page]) => [file, page.url])),
    published: publishedUrls(model).add('/sitemap.xml'),
  };
}

export function linkTargetsFrom({ urlByFile, published }: LinkTargetData): LinkTargets {
  return { urlOfFile: (file) => urlByFile.get(file), isPublished: (path) => published.has(path) };
}

export const linkTargetsFor = (model: SiteModel): LinkTargets => linkTargetsFrom(linkTargetDataFor(model));
