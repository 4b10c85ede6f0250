import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashedName } from '../../src/assets/hash.ts';
import { loadSite } from '../../src/content/index.ts';
import { govukTemplateScriptHashes } from '../../src/render/csp.ts';
import { departmentColourRules } from '../../src/render/department-colours.ts';
import { siteStrings } from '../../src/render/strings.ts';
import { absoluteUrl, pathPrefixOf, xmlEscape } from '../../src/render/urls.ts';
import { departmentFeed } from '../../src/render/views/feed.ts';
import { groupByType } from '../../src/render/views/listing.ts';
import { productRoot } from './helpers.ts';

// The pure functions behind layouts and generated pages, without Eleventy.
describe('site URLs', () => {
  it('takes the path prefix from site.yml url', () => {
    expect(pathPrefixOf('https://www.example.gov')).toBe('/');
    expect(pathPrefixOf('https://example.github.io/gov/')).toBe('/gov/');
    expect(pathPrefixOf('https://example.github.io/gov')).toBe('/gov/');
  });

  it('makes absolute URLs that keep the path prefix', () => {
    expect(absoluteUrl('https://www.example.gov', '/vat/')).toBe('https://www.example.gov/vat/');
    expect(absoluteUrl('https://example.github.io/gov', '/vat/')).toBe(
      'https://example.github.io/gov/vat/',
    );
    expect(absoluteUrl('https://example.github.io/gov/', '/')).toBe(
      'https://example.github.io/gov/',
    );
  });

  it('escapes text for XML', () => {
    expect(xmlEscape(`Fish & "chips" <now>`)).toBe('Fish &amp; &quot;chips&quot; &lt;now&gt;');
  });
});

describe('assets', () => {
  it('writes one colour rule per department with a colour', () => {
    const rules = departmentColourRules([
      { slug: 'tax-office', name: 'Tax Office', colour: '#912B88', file: '' },
      { slug: 'plain', name: 'Plain', file: '' },
    ]);
    expect(rules).toBe('.app-department--tax-office{border-color:#912b88}');
  });

  it('names files by their content', () => {
    expect(hashedName('site.css', 'a')).toMatch(/^site-[0-9a-f]{10}\.css$/);
    expect(hashedName('site.css', 'a')).not.toBe(hashedName('site.css', 'b'));
  });

  it("records the CSP hash of govuk-frontend's inline script", () => {
    const script = `document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');`;
    expect(govukTemplateScriptHashes()).toEqual([
      `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
    ]);
  });
});

describe('listings and feeds', () => {
  const { model } = loadSite(productRoot, { drafts: false });

  it('groups pages by type with news first, newest first', () => {
    const groups = groupByType(model.pages);
    expect(groups.map((g) => g.type)).toEqual(['news', 'service', 'guide', 'page']);
    const dates = groups[0]!.pages.map((p) => p.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('writes an Atom entry for each news story of the department only, in its language', () => {
    const { strings } = siteStrings(['en', 'cy']);
    const feed = departmentFeed(model, 'environment-agency', 'en', strings);
    const news = model.pages.filter(
      (p) => p.department === 'environment-agency' && p.data.type === 'news',
    );
    expect(feed.match(/<entry>/g)).toHaveLength(news.length);
    expect(feed).toContain('<author><name>Environment Agency</name></author>');
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    const welsh = departmentFeed(model, 'transport-department', 'cy', strings);
    expect(welsh).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="cy">');
    expect(welsh).toContain('<title>Newyddion Adran Drafnidiaeth - Example Government</title>');
    expect(welsh).toContain('<author><name>Adran Drafnidiaeth</name></author>');
    expect(welsh).toContain(
      '<link rel="self" type="application/atom+xml" href="https://www.example.gov/cymraeg/departments/transport-department/news.xml"/>',
    );
    expect(ids(welsh).slice(1)).toEqual(
      model.pages
        .filter(
          (p) =>
            p.department === 'transport-department' &&
            p.data.type === 'news' &&
            p.data.lang === 'cy',
        )
        .map((p) => `https://www.example.gov${p.url}`),
    );
    const english = departmentFeed(model, 'transport-department', 'en', strings);
    expect(ids(english).some((id) => id!.includes('/cymraeg/'))).toBe(false);
  });
});
