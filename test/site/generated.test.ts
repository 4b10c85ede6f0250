import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuiltPage, buildInto, productRoot, text } from './helpers.ts';

// The pages the site generates from its model, on a real build of the example content.
describe('generated pages', () => {
  let siteDir: string;
  const page = (url: string) => BuiltPage.at(siteDir, url);
  const file = (url: string) => fs.readFileSync(path.join(siteDir, url), 'utf8');

  beforeAll(async () => {
    ({ siteDir } = await buildInto(productRoot));
  });

  it('home: every topic and every department', () => {
    const p = page('/');
    expect(text(p.one('title'))).toBe('Example Government');
    expect(text(p.one('h1'))).toBe('Example Government');
    const links = p.links(p.one('main'));
    expect(links).toContainEqual({ text: 'Money and tax', href: '/topics/tax/' });
    expect(links).toContainEqual({ text: 'Tax Office', href: '/departments/tax-office/' });
    expect(links).toContainEqual({ text: 'All departments', href: '/departments/' });
  });

  it('/departments/: departments A to Z under their letters', () => {
    const p = page('/departments/');
    expect(text(p.one('h1'))).toBe('Departments');
    const letters = p.all('h2', 'govuk-heading-l').map(text);
    expect(letters).toEqual([...letters].sort());
    expect(letters).toContain('T');
    expect(p.links(p.one('main')).map((l) => l.href)).toContain('/departments/environment-agency/');
  });

  it('a department: its description, pages grouped by type, latest news first, and its feed', () => {
    const p = page('/departments/tax-office/');
    expect(text(p.one('h1'))).toContain('Tax Office');
    expect(p.one('h1').attribs.class).toContain('app-department--tax-office');
    expect(text(p.one('p', 'govuk-body-l'))).toBe(
      'We collect taxes and pay some forms of support.',
    );
    const groups = p.all('h2', 'govuk-heading-l').map(text);
    expect(groups[0]).toBe('News');
    const news = p
      .links(p.all('section').find((s) => s.attribs['aria-labelledby'] === 'group-news')!)
      .map((l) => l.text);
    expect(news[0]).toBe('Two months left to file your Self Assessment tax return');
    expect(news[1]).toBe('VAT registration threshold rises to £95,000');
    // Joint publications appear on every publisher's page.
    expect(p.links(p.one('main')).map((l) => l.href)).toContain('/energy/business-energy-grant/');
    expect(p.all('link').find((l) => l.attribs.rel === 'alternate')?.attribs.href).toBe(
      '/departments/tax-office/news.xml',
    );
    expect(p.links(p.one('nav', 'govuk-breadcrumbs')).map((l) => l.text)).toEqual([
      'Home',
      'Departments',
    ]);
  });

  it('a topic: every page tagged with it', () => {
    const p = page('/topics/driving/');
    expect(text(p.one('h1'))).toBe('Driving and vehicles');
    // topics.yml has no parent topics: a topic's parent is the home page, which lists them all.
    expect(p.links(p.one('nav', 'govuk-breadcrumbs'))).toEqual([{ text: 'Home', href: '/' }]);
    const hrefs = p.links(p.one('main')).map((l) => l.href);
    expect(hrefs).toContain('/driving-licences/medical-conditions/');
    expect(hrefs).toContain('/news/new-driving-test-centres/');
    expect(hrefs).not.toContain('/vat/register/');
  });

  it("a department's news feed: Atom with absolute URLs, newest first", () => {
    const feed = file('/departments/tax-office/news.xml');
    expect(feed).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(feed).toContain(
      '<link rel="self" type="application/atom+xml" href="https://www.example.gov/departments/tax-office/news.xml"/>',
    );
    const ids = [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'https://www.example.gov/news/self-assessment-deadline/',
      'https://www.example.gov/news/vat-threshold-rises/',
    ]);
    expect(feed).toContain('VAT registration threshold rises to £95,000');
    for (const tag of ['title', 'id', 'updated', 'author']) expect(feed).toContain(`<${tag}>`);
  });

  it('sitemap.xml: every public page, absolute, withdrawn pages left out', () => {
    const sitemap = file('/sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain('https://www.example.gov/');
    expect(locs).toContain('https://www.example.gov/vat/register/');
    expect(locs).toContain('https://www.example.gov/departments/tax-office/');
    expect(locs).toContain('https://www.example.gov/topics/driving/');
    expect(locs).not.toContain('https://www.example.gov/business/energy-rebate/');
    expect(locs).not.toContain('https://www.example.gov/search/');
  });

  it('robots.txt points at the sitemap', () => {
    expect(file('/robots.txt')).toContain('Sitemap: https://www.example.gov/sitemap.xml');
  });

  it('404.html says the page was not found and how to go on', () => {
    const p = page('/404.html');
    expect(text(p.one('h1'))).toBe('Page not found');
    expect(p.meta('robots')).toBe('noindex');
    // Then the same in Welsh, for the Welsh pages (test/site/bilingual.test.ts).
    expect(p.links(p.one('main')).map((l) => l.href)).toEqual([
      '/search/',
      '/departments/',
      '/',
      '/cymraeg/search/',
      '/cymraeg/departments/',
      '/cymraeg/',
    ]);
  });

  it('/search/: without JavaScript, says search needs it and links to departments and the sitemap', () => {
    const p = page('/search/');
    expect(text(p.one('main'))).toContain('Search needs JavaScript');
    expect(p.links(p.one('main')).map((l) => l.href)).toEqual(['/departments/', '/sitemap.xml']);
  });
});
