/**
 * Shared by the browser suites: the system Chromium, the page of each layout and generated page
 * type of a built site, and axe-core run inside a page. Sites are served by
 * src/quality/static-server.ts, the server `npm run linkcheck` uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { SiteModel } from '../../src/content/index.ts';
import { inLanguage, pageLanguage, siteLanguages } from '../../src/content/languages.ts';
import { CHROMIUM, hasChromium, launchChromium } from '../../src/quality/chromium.ts';
import { type ServedSite, serveSite } from '../../src/quality/static-server.ts';
import { buildInto, productRoot } from '../site/helpers.ts';

export { CHROMIUM, hasChromium, launchChromium };

if (!hasChromium)
  console.log(`Skipping the browser tests: ${CHROMIUM} does not exist (apt-get install chromium).`);

/**
 * One page of every layout and generated page type, in each of the site's languages (the
 * default's unnamed, another's prefixed with its name: "Cymraeg news"), found in the model rather
 * than hard-coded. 404.html says it in every language at once; the migration reports are for
 * migration teams, in the site's language.
 */
export function pageOfEachType(model: SiteModel): Record<string, string> {
  const { config } = model;
  const pick = (name: string, url: string | undefined) => {
    if (!url) throw new Error(`The example site has no ${name} page to test.`);
    return url;
  };
  const inEach = siteLanguages(config).map((language) => {
    const own = language.code === config.language;
    const name = (type: string) => (own ? type : `${language.name} ${type}`);
    const inLang = (sitePath: string) => inLanguage(config, language.code, sitePath);
    const pages = model.pages.filter((p) => pageLanguage(p, config) === language.code);
    const current = pages.filter((p) => !p.data.withdrawn);
    const ofType = (type: string) => current.find((p) => (p.data.type ?? 'guide') === type)?.url;
    const topic = Object.keys(model.topics).find((slug) =>
      current.some((p) => p.data.topics?.includes(slug)),
    );
    const department = [...model.departments.values()].find((d) =>
      current.some((p) => p.department === d.slug),
    );
    // A word every language's search finds: the longest of its first guide's title.
    const query = current
      .find((p) => (p.data.type ?? 'guide') === 'guide')
      ?.data.title.toLowerCase()
      .split(/[^\p{L}]+/u)
      .sort((a, b) => b.length - a.length)[0];
    return {
      // The guide with a details block, for the keyboard tests.
      [name('guide')]: pick(
        name('guide'),
        current.find((p) => (p.data.type ?? 'guide') === 'guide' && p.body.includes(':::details'))
          ?.url ?? ofType('guide'),
      ),
      [name('news')]: pick(name('news'), ofType('news')),
      [name('service')]: pick(name('service'), ofType('service')),
      [name('page')]: pick(name('page'), ofType('page')),
      [name('withdrawn')]: pick(name('withdrawn'), pages.find((p) => p.data.withdrawn)?.url),
      [name('home')]: inLang('/'),
      [name('departments')]: inLang('/departments/'),
      [name('department')]: inLang(`/departments/${pick(name('department'), department?.slug)}/`),
      [name('topic')]: inLang(`/topics/${pick(name('topic'), topic)}/`),
      [name('search')]: inLang('/search/'),
      [name('search with a query')]: `${inLang('/search/')}?q=${pick(name('search query'), query)}`,
    };
  });
  return {
    ...Object.assign({}, ...inEach),
    'not found': '/no-such-page/',
    translations: '/translations/',
    'migrations overview': '/migrations/',
    'migrations coverage': `/migrations/${pick(
      'legacy site',
      fs
        .readdirSync(path.resolve('migrations-map'))
        .find((f) => /^[a-z0-9-]+\.yml$/.test(f))
        ?.replace(/\.yml$/, ''),
    )}/`,
  };
}

/** Where the browser suites save screenshots for a reviewer to open (git-ignored). */
export const SCREENSHOTS = path.resolve('test-results/screenshots');

const axeSource = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.2 A and AA rules on the page as it is now. Evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy does not govern (a <script> tag would be).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: unknown) => Promise<{
            violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

export interface ExampleSiteInBrowser {
  /** The site's origin, without a trailing slash: page URLs are site paths such as /vat/. */
  base: string;
  browser: Browser;
  /** One page of each layout and generated page type of the example site (see pageOfEachType). */
  pages: Record<string, string>;
  /** Where the build wrote the site and its deploy files (the legacy hosts' pages). */
  siteDir: string;
  deployDir: string;
}

/**
 * Builds the example site (or the site at `root`) once for a suite, serves it with its own `_headers` on 127.0.0.1, and
 * starts Chromium; both are stopped after the suite. Read the fields inside tests.
 */
export function exampleSiteInBrowser(root = productRoot): ExampleSiteInBrowser {
  const suite = {} as ExampleSiteInBrowser;
  let served: ServedSite | undefined;
  beforeAll(async () => {
    const { siteDir, deployDir, result } = await buildInto(root);
    Object.assign(suite, { siteDir, deployDir });
    suite.pages = root === productRoot ? pageOfEachType(result.model!) : {};
    served = await serveSite(siteDir, { headers: true });
    suite.base = served.url.replace(/\/$/, '');
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await served?.close();
  });
  return suite;
}
