import type { Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuiltPage, buildInto, productRoot, text } from './helpers.ts';

// What a citizen sees on each page type, on a real build of the example content.
describe('page layouts', () => {
  let siteDir: string;
  let servicePages: string[];
  const page = (url: string) => BuiltPage.at(siteDir, url);

  beforeAll(async () => {
    const built = await buildInto(productRoot);
    siteDir = built.siteDir;
    servicePages = built.result
      .model!.pages.filter((p) => p.data.type === 'service')
      .map((p) => p.url);
  });

  describe('guide', () => {
    it('shows its title, summary, department and breadcrumbs to its topic', () => {
      const p = page('/driving-licences/medical-conditions/');
      expect(text(p.one('h1'))).toBe('Driving with a medical condition');
      expect(text(p.one('title'))).toBe('Driving with a medical condition - Example Government');
      expect(text(p.one('span', 'govuk-caption-l'))).toBe('Guide');
      expect(p.links(p.one('p', 'app-department'))).toEqual([
        { text: 'Department for Transport', href: '/departments/transport-department/' },
      ]);
      expect(p.links(p.one('nav', 'govuk-breadcrumbs'))).toEqual([
        { text: 'Home', href: '/' },
        { text: 'Driving and vehicles', href: '/topics/driving/' },
      ]);
    });

    it('lists every publishing department, the dates, and links "See all updates" to the history', () => {
      const p = page('/driving-licences/medical-conditions/');
      const metadata = p.one('dl', 'app-metadata');
      expect(text(metadata)).toBe(
        'From: Department for Transport, Health Agency Published 3 November 2025 ' +
          'Last updated 14 January 2026 See all updates',
      );
      expect(p.links(metadata)).toEqual([
        { text: 'Department for Transport', href: '/departments/transport-department/' },
        { text: 'Health Agency', href: '/departments/health-agency/' },
        { text: 'See all updates', href: '#full-history' },
      ]);
      const history = p.one('section', 'app-history');
      expect(history.attribs.id).toBe('full-history');
      expect(text(history)).toContain(
        '14 January 2026 Added sleep apnoea to the list of conditions.',
      );
    });

    it('has a contents list of its h2 headings, and related content', () => {
      const p = page('/driving-licences/medical-conditions/');
      const contents = p.links(p.one('nav', 'app-contents'));
      expect(contents.length).toBeGreaterThan(1);
      for (const link of contents) expect(p.html).toContain(`id="${link.href.slice(1)}"`);
      expect(p.links(p.one('aside'))).toContainEqual({
        text: 'Driving licences',
        href: '/driving-licences/',
      });
    });

    it('has a canonical link, meta description and Open Graph tags', () => {
      const p = page('/vat/register/');
      expect(p.all('link').find((l) => l.attribs.rel === 'canonical')?.attribs.href).toBe(
        'https://www.example.gov/vat/register/',
      );
      expect(p.meta('description')).toBe(
        'When you must register your business for VAT, how to register and what happens next.',
      );
      expect(p.meta('og:title')).toBe('Register for VAT');
      expect(p.meta('og:description')).toBe(p.meta('description'));
      expect(p.meta('og:url')).toBe('https://www.example.gov/vat/register/');
      expect(p.meta('robots')).toBeUndefined();
    });

    it('carries its department brand colour as a class, not an inline style', () => {
      const p = page('/vat/register/');
      expect(p.one('p', 'app-department').attribs.class).toContain('app-department--tax-office');
      expect(p.html).not.toMatch(/style="/);
    });
  });

  it('news: shows it is a news story and its date', () => {
    const p = page('/news/new-driving-test-centres/');
    expect(text(p.one('span', 'govuk-caption-l'))).toBe('News story');
    expect(text(p.one('p', 'app-department'))).toBe('Department for Transport');
    expect(text(p.one('dl', 'app-metadata'))).toContain('Published 18 May 2026');
    expect(p.meta('og:type')).toBe('article');
  });

  it('service: has a Start now button, with its arrow, to start_url', () => {
    const p = page('/fishing/rod-licence/');
    const button = p.one('a', 'govuk-button--start');
    expect(text(button)).toBe('Start now');
    expect(button.attribs.href).toBe('https://services.example.gov/buy-rod-licence/start');
    expect(button.children.some((c) => 'name' in c && c.name === 'svg')).toBe(true);
    expect(p.has('nav', 'app-contents')).toBe(false);
  });

  it('service: puts Start now right after the intro, before the rest of the body, as GOV.UK does', () => {
    const body = page('/fishing/rod-licence/').one('div', 'app-content');
    const blocks = body.children.filter((c): c is Element => c.type === 'tag');
    expect(blocks.slice(0, 3).map((b) => `${b.name} ${text(b).slice(0, 24).trim()}`)).toEqual([
      'p Use this service to buy',
      'a Start now',
      'h2 Prices',
    ]);
    // Every service page of the example: at most its opening paragraph before the button.
    for (const url of servicePages) {
      const blocks = page(url)
        .one('div', 'app-content')
        .children.filter((c): c is Element => c.type === 'tag');
      const button = blocks.findIndex((b) => b.attribs.class?.includes('govuk-button--start'));
      expect(button, url).toBeGreaterThanOrEqual(0);
      expect(button, url).toBeLessThanOrEqual(blocks[0]?.name === 'p' ? 1 : 0);
    }
  });

  it('page: has no contents list and no Start button', () => {
    const p = page('/help/cookies/');
    expect(p.has('nav', 'app-contents')).toBe(false);
    expect(p.has('a', 'govuk-button--start')).toBe(false);
    expect(text(p.one('span', 'govuk-caption-l'))).toBe('Page');
    expect(text(p.one('p', 'app-department'))).toBe('Government Digital Service');
  });

  it('withdrawn: a notice with the date and reason, noindex, and out of the search index', () => {
    const p = page('/business/energy-rebate/');
    const banner = p.one('div', 'govuk-notification-banner');
    expect(text(banner)).toBe(
      'Withdrawn This page was withdrawn on 1 April 2026 ' +
        'This scheme closed on 31 March 2026. Apply for the Business Energy Efficiency Grant instead.',
    );
    expect(p.meta('robots')).toBe('noindex');
    expect(text(p.one('title'))).toBe(
      '[Withdrawn] Claim the Small Business Energy Rebate - Example Government',
    );
    expect(p.html).not.toContain('data-pagefind-body');
  });

  it('sets lang from the page', () => {
    expect(page('/cymraeg/trwydded-yrru/').one('html').attribs.lang).toBe('cy');
    expect(page('/vat/register/').one('html').attribs.lang).toBe('en');
  });
});
