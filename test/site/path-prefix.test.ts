import fs from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuiltPage, buildInto, copyExample } from './helpers.ts';

const SITE = 'https://example.github.io/gov/';
const URL_ATTRIBUTES = ['href', 'src', 'action'];

/** Every HTML file of a built site, as site-relative paths. */
function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'));
}

/** The file a root-relative URL on the prefixed site serves, or undefined if it is not ours. */
function fileFor(siteDir: string, url: string): string {
  const sitePath = decodeURIComponent(url.replace(/[?#].*$/, '').slice('/gov'.length));
  return path.join(siteDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

// A site deployed below a domain's root, e.g. on GitHub Pages: every URL must carry the prefix.
describe('a site whose url has a path (https://example.github.io/gov/)', () => {
  let siteDir: string;

  beforeAll(async () => {
    const root = copyExample();
    const site = path.join(root, 'content/_data/site.yml');
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace(/^url: .*$/m, `url: ${SITE}`));
    ({ siteDir } = await buildInto(root));
  });

  it('prefixes every internal link, asset and form, and each resolves to a file of the build', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(siteDir)) {
      const page = new BuiltPage(fs.readFileSync(path.join(siteDir, file), 'utf8'));
      for (const el of DomUtils.findAll(() => true, page.doc.children)) {
        for (const attribute of URL_ATTRIBUTES) {
          const url = el.attribs[attribute];
          if (!url?.startsWith('/')) continue;
          checked++;
          if (!url.startsWith('/gov/') || !fs.existsSync(fileFor(siteDir, url)))
            broken.push(`${file}: ${attribute}="${url}"`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('keeps canonical and Open Graph URLs absolute, with the path', () => {
    const page = BuiltPage.at(siteDir, '/vat/register/');
    expect(page.all('link').find((l) => l.attribs.rel === 'canonical')?.attribs.href).toBe(
      `${SITE}vat/register/`,
    );
    expect(page.meta('og:url')).toBe(`${SITE}vat/register/`);
  });

  it('writes feed, sitemap and robots.txt URLs with the path, each resolving to a file', () => {
    const xml = ['sitemap.xml', 'robots.txt', 'departments/tax-office/news.xml']
      .map((f) => fs.readFileSync(path.join(siteDir, f), 'utf8'))
      .join('\n');
    const urls = [...xml.matchAll(/https?:\/\/example\.github\.io[^\s<"]*/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) {
      expect(url.startsWith(SITE)).toBe(true);
      expect(fs.existsSync(fileFor(siteDir, new URL(url).pathname)), url).toBe(true);
    }
  });

  it('refers to stylesheet assets relative to the stylesheet, so they resolve under the path', () => {
    const css = fs.readdirSync(path.join(siteDir, 'assets')).find((f) => f.endsWith('.css'))!;
    const text = fs.readFileSync(path.join(siteDir, 'assets', css), 'utf8');
    const urls = [...text.matchAll(/url\("?([^")]+)"?\)/g)]
      .map((m) => m[1]!)
      .filter((u) => !u.startsWith('data:'));
    for (const url of urls) {
      expect(url.startsWith('/'), url).toBe(false);
      expect(fs.existsSync(path.join(siteDir, 'assets', url)), url).toBe(true);
    }
  });
});
