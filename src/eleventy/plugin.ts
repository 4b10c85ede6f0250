import path from 'node:path';
import { HtmlBasePlugin } from '@11ty/eleventy';
import { searchScriptFile } from '../assets/search-script.ts';
import { stylesDir } from '../assets/stylesheet.ts';
import { formatDate } from '../render/dates.ts';
import { splitIntro } from '../render/intro.ts';
import { markdownEnv } from '../render/markdown/index.ts';
import { govukFrontendDist } from '../render/nunjucks-paths.ts';
import { pageView } from '../render/page-view.ts';
import { phaseMessageHtml } from '../render/phase-banner.ts';
import { RenderOnce } from '../render/render-once.ts';
import { label } from '../render/strings.ts';
import { absoluteUrl } from '../render/urls.ts';
import { departmentVersions } from './generated/department.ts';
import { languageCodes } from './generated/home.ts';
import { addGeneratedPages } from './generated/index.ts';
import { topicVersions } from './generated/topic.ts';
import { reloadBeforeEachBuild } from './reload-before-build.ts';
import type { SiteState } from './site-state.ts';

export interface PluginOptions {
  /** The site being built. The build has loaded and checked its model; the preview reloads it. */
  state: SiteState;
  /** The path of site.yml's url, `/` for a site at a domain's root. */
  pathPrefix?: string;
  /** The preview (`npm start`): drafts shown and marked, the model reloaded before each build. */
  preview?: boolean;
  /** Whether the pages made from the model render; a shard leaves them to the merge. */
  generated?: boolean;
}

/** Wires the pipeline into Eleventy. Each section calls into a module that does the work. */
export function govukPublishing(eleventyConfig: any, options: PluginOptions) {
  const { state } = options;

  // Front matter reaches layouts only through the checked model (pageView), which parsed it once
  // with its lines: Eleventy needs no copy of it, so its parse is skipped. URLs, layouts and
  // drafts come from the model too (below), so `layout:`, `permalink:` or `eleventyComputed:` in
  // a page are never Eleventy's (test/eleventy/front-matter.test.ts).
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: () => ({}) } });
  // Data files (site.yml, topics.yml, _department.yml) reach templates only through the checked
  // model, never as raw YAML: Eleventy would deep-merge raw `site` into the model's and repeat
  // every footer link. They are still watched, so the preview reloads the model when they change.
  eleventyConfig.addWatchTarget(path.join(state.root, 'content/**/*.yml'));
  eleventyConfig.addWatchTarget(stylesDir);
  eleventyConfig.addWatchTarget(searchScriptFile);

  // The preview loads and validates before each build and keeps going with the valid pages; the
  // build command has done both already.
  if (options.preview) reloadBeforeEachBuild(eleventyConfig, state);

  // Site-wide data for layouts, from the checked model (so schema defaults apply), not raw YAML.
  eleventyConfig.addGlobalData('site', () => state.model.config);
  eleventyConfig.addGlobalData('assets', () => state.assets);
  eleventyConfig.addGlobalData('siteIndex', () => ({
    departments: [...state.model.departments.keys()],
    topics: Object.keys(state.model.topics),
    languages: languageCodes(state),
    topicVersions: topicVersions(state),
    departmentVersions: departmentVersions(state),
  }));

  // Pages: URL from the model; drafts (in a build) and invalid pages are not written at all.
  eleventyConfig.addGlobalData(
    'permalink',
    () => (data: any) => state.pageAt(data.page.inputPath)?.url ?? false,
  );
  eleventyConfig.addGlobalData('layout', 'page.njk');
  eleventyConfig.addPreprocessor('site-model', 'md', (data: any) =>
    state.pageAt(data.page.inputPath) ? undefined : false,
  );

  // Markdown: our renderer, with the page's own file for links and line numbers.
  eleventyConfig.setLibrary('md', {
    render(body: string, data: any) {
      const page = state.pageAt(data.page.inputPath);
      const department = page && state.model.departments.get(page.department);
      const env = markdownEnv(page?.file ?? data.page.inputPath, page?.bodyLine ?? 1, {
        links: page ? state.linkTargetsOf(page.file) : state.linkTargets,
        ...(department?.accessible_format_email
          ? { accessibleFormatEmail: department.accessible_format_email }
          : {}),
      });
      const html = state.md.render(body, env as unknown as Record<string, unknown>);
      state.headings.set(data.page.inputPath, env.headings);
      if (page) {
        state.usedFiles.set(page.file, env.usedFiles);
        state.renderedLinks.set(page.file, env.linkLines);
        state.markdownRendered?.(page, html, env.headings);
      }
      state.renderDiagnostics.push(...env.diagnostics);
      return html;
    },
  });

  // Layouts: govuk-frontend's templates on the search path of Eleventy's own Nunjucks
  // environment, so its cache invalidation in watch mode keeps working. `searchPaths` is the
  // field of Nunjucks's FileSystemLoader: were it gone, no layout would find govuk/template.njk
  // and every build in the tests would fail.
  eleventyConfig.on('eleventy.engine.njk', ({ environment }: { environment: any }) => {
    for (const loader of environment.loaders) loader.searchPaths?.push(govukFrontendDist);
  });
  // The page frame's site-wide parts render once per build (layouts/base.njk). Eleventy makes a
  // new Nunjucks environment for every build, the preview's rebuilds too, and so a new cache.
  eleventyConfig.addNunjucksTag(
    'renderOnce',
    (nunjucks: any) => new RenderOnce(nunjucks.runtime.SafeString),
  );
  eleventyConfig.addNunjucksGlobal('pageView', (inputPath: string) => {
    const page = state.pageAt(inputPath);
    return page && pageView(page, state.model, state.strings, state.headings.get(inputPath));
  });
  // `{{ "page.published" | t(lang) }}`: a label in the page's language (layouts/strings/).
  eleventyConfig.addNunjucksFilter(
    't',
    (key: string, lang: string, args?: Record<string, string>) =>
      label(state.strings, lang, key, args),
  );
  eleventyConfig.addNunjucksFilter('govukDate', (iso: string, lang?: string) =>
    formatDate(iso, lang),
  );
  eleventyConfig.addNunjucksFilter('splitIntro', splitIntro);
  eleventyConfig.addNunjucksFilter('phaseMessageHtml', phaseMessageHtml);
  eleventyConfig.addNunjucksFilter('absoluteUrl', (siteUrl: string, sitePath: string) =>
    absoluteUrl(siteUrl, sitePath),
  );

  // Generated pages: home, departments, topics, feeds, sitemap, robots.txt, search, 404.
  if (options.generated ?? true) addGeneratedPages(eleventyConfig, state);

  // A site below a domain's root (site.yml url with a path): every root-relative URL in the
  // HTML gets the path prefix. Feeds and the sitemap use absolute URLs built from `url` instead.
  // The plugin parses every page it writes, so a site at the root goes without it.
  if (options.pathPrefix && options.pathPrefix !== '/') eleventyConfig.addPlugin(HtmlBasePlugin);

  // The build takes each page's links as written. Transforms run in the order added and the
  // path-prefix rewriting is Eleventy's first, so this sees the final HTML.
  if (!options.preview) {
    eleventyConfig.addTransform(
      'site-state-file-written',
      function (this: { page: { outputPath: string | false } }, content: string) {
        if (this.page.outputPath) state.fileWritten?.(this.page.outputPath, content);
        return content;
      },
    );
  }
}
