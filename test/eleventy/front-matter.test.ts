import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { BuiltPage, text } from '../site/helpers.ts';
import { runEleventy } from './run-eleventy.ts';

const TRICKS = ['layout', 'computed', 'paginated', 'excluded'];
/** Front matter keys of the pages, every one Eleventy would act on if it were given them. */
const KEYS = ['title', 'eleventyComputed', 'pagination', 'eleventyExcludeFromCollections'];

// A page's front matter is read by our loader alone (src/content); Eleventy is given none of it
// (src/eleventy/plugin.ts), so keys that mean something to Eleventy cannot change a page's
// layout, URL, data or collections. test/fixtures/eleventy-keys/ has a page for each.
describe("Eleventy's own keys in a page's front matter", () => {
  let siteDir: string;
  /** Eleventy's data for each page, by file name. */
  const data = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    siteDir = await runEleventy(fixtureSite('eleventy-keys'), (eleventyConfig) => {
      eleventyConfig.addCollection(
        'probe',
        (api: { getAll(): Array<{ inputPath: string; data: Record<string, unknown> }> }) => {
          for (const item of api.getAll())
            data.set(path.basename(item.inputPath, '.md'), item.data);
          return [];
        },
      );
    });
  });

  it('`layout: 404.njk` does not make a page the 404 page', () => {
    const page = BuiltPage.at(siteDir, '/vat/tricks/layout/');
    expect(text(page.one('h1'))).toBe('A page that names a layout');
    expect(page.html).not.toContain('Page not found');
    expect(text(page.one('main'))).toContain('The text of the page that names a layout.');
  });

  it('`eleventyComputed` sets neither the title nor the URL; `permalink` is the model’s', () => {
    const page = BuiltPage.at(siteDir, '/vat/own-address/');
    expect(text(page.one('h1'))).toBe('A page with computed data');
    expect(fs.existsSync(path.join(siteDir, 'computed'))).toBe(false);
  });

  it('each page is written once, at its own URL', () => {
    const written = fs
      .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .filter((file) => fs.readFileSync(path.join(siteDir, file), 'utf8').includes('The text of'));
    expect(written.sort()).toEqual([
      'vat/own-address/index.html',
      'vat/tricks/excluded/index.html',
      'vat/tricks/layout/index.html',
      'vat/tricks/paginated/index.html',
    ]);
  });

  it('never reach Eleventy: its data for each page holds only what the plugin gives every page', () => {
    // Every page is in collections.all: `eleventyExcludeFromCollections` did not reach Eleventy.
    for (const name of TRICKS) {
      const page = data.get(name);
      expect(page, name).toBeDefined();
      expect(page!.layout, name).toBe('page.njk');
      for (const key of KEYS) expect(page, `${name}: ${key}`).not.toHaveProperty(key);
    }
  });
});
