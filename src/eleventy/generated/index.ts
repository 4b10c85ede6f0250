import type { SiteState } from '../site-state.ts';
import { addDepartmentFeeds } from './department-feed.ts';
import { addDepartmentPages } from './department.ts';
import { addDepartmentsPage } from './departments.ts';
import { addHomePage } from './home.ts';
import { addRobots } from './robots.ts';
import { addSearchPage } from './search.ts';
import { addSitemap } from './sitemap.ts';
import { addStaticPages } from './static-pages.ts';
import { addTopicPages } from './topic.ts';
import { addTranslationsPage } from './translations.ts';

/** Every page the site generates from its model; src/content/published-urls.ts lists their URLs. */
export function addGeneratedPages(eleventyConfig: any, state: SiteState): void {
  for (const add of [addHomePage, addDepartmentsPage, addDepartmentPages, addTopicPages, addDepartmentFeeds, addSitemap, addRobots, addSearchPage, addStaticPages, addTranslationsPage]) {
    add(eleventyConfig, state);
  }
}
