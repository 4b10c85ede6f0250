import fs from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuiltPage, buildInto, classes, copyExample, productRoot, text } from './helpers.ts';

// The frame around every page, and the assets it loads.
describe('the page frame', () => {
  let siteDir: string;
  let p: BuiltPage;

  beforeAll(async () => {
    ({ siteDir } = await buildInto(productRoot));
    p = BuiltPage.at(siteDir, '/vat/register/');
  });

  it('starts with a skip link to the main content', () => {
    const skip = p.one('a', 'govuk-skip-link');
    expect(skip.attribs.href).toBe('#main-content');
    expect(p.one('main').attribs.id).toBe('main-content');
  });

  it('names the site in the service navigation, without the GOV.UK crown or logotype', () => {
    expect(p.links(p.one('section', 'govuk-service-navigation'))[0]).toEqual({
      text: 'Example Government',
      href: '/',
    });
    expect(p.has('div', 'govuk-header')).toBe(false);
    expect(p.has('svg', 'govuk-footer__crown')).toBe(false);
    expect(p.html).not.toContain('GOV.UK');
  });

  it('puts the service navigation and the phase banner in the page header, in that order', () => {
    const header = p.one('header', 'govuk-template__header');
    const parts = DomUtils.findAll(
      (el) =>
        ['govuk-service-navigation', 'govuk-phase-banner'].some((c) => classes(el).includes(c)),
      [header],
    ).map((el) => classes(el)[0]);
    expect(parts).toEqual(['govuk-service-navigation', 'govuk-phase-banner']);
  });

  it('has a labelled search form that GETs /search/?q=', () => {
    const form = p.one('form', 'app-search');
    expect(form.attribs).toMatchObject({ action: '/search/', method: 'get' });
    const input = p.one('input', 'govuk-input');
    expect(input.attribs.name).toBe('q');
    expect(text(p.all('label').filter((l) => l.attribs.for === input.attribs.id))).toBe(
      'Search Example Government',
    );
  });

  it('shows the phase banner from site.yml, its text plain without a feedback_url', () => {
    const banner = p.one('div', 'govuk-phase-banner');
    expect(text(banner)).toBe('Beta This is a new service. Help us improve it by giving feedback.');
    expect(p.links(banner)).toEqual([]);
  });

  it('has a footer with the footer links, the content licence and copyright', () => {
    const footer = p.one('footer', 'govuk-template__footer');
    expect(
      footer.children.some((el) => el.type === 'tag' && classes(el).includes('govuk-footer')),
    ).toBe(true);
    expect(p.links(footer)).toContainEqual({
      text: 'Accessibility statement',
      href: '/help/accessibility-statement/',
    });
    expect(text(footer)).toContain('Open Government Licence v3.0');
    expect(text(footer)).toContain('© Crown copyright');
  });

  it('loads a hashed, minified stylesheet without GDS Transport, and govuk-frontend from external scripts', () => {
    const css = p.all('link').find((l) => l.attribs.rel === 'stylesheet')!.attribs.href!;
    expect(css).toMatch(/^\/assets\/site-[0-9a-f]{10}\.css$/);
    const stylesheet = fs.readFileSync(path.join(siteDir, css), 'utf8');
    expect(stylesheet).not.toContain('GDS Transport');
    expect(stylesheet).toContain('.app-department--tax-office{border-color:#912b88}');
    expect(stylesheet.split('\n').length).toBeLessThan(5);
    const module = p.all('script').find((s) => s.attribs.type === 'module')!.attribs.src!;
    expect(module).toMatch(/^\/assets\/init-[0-9a-f]{10}\.js$/);
    const init = fs.readFileSync(path.join(siteDir, module), 'utf8');
    const library = /from '\.\/([^']+)'/.exec(init)![1]!;
    expect(library).toMatch(/^govuk-frontend\.min-[0-9a-f]{10}\.js$/);
    expect(fs.existsSync(path.join(siteDir, 'assets', library))).toBe(true);
  });
});

describe('a site on GOV.UK (govuk_brand: true)', () => {
  let siteDir: string;

  beforeAll(async () => {
    const root = copyExample();
    const site = path.join(root, 'content/_data/site.yml');
    fs.writeFileSync(
      site,
      fs.readFileSync(site, 'utf8').replace('govuk_brand: false', 'govuk_brand: true'),
    );
    ({ siteDir } = await buildInto(root));
  });

  it('shows the GOV.UK header and uses GDS Transport, with hashed font files', () => {
    const p = BuiltPage.at(siteDir, '/vat/register/');
    const header = p.one('header', 'govuk-template__header');
    expect(DomUtils.findOne((el) => classes(el).includes('govuk-header'), [header])).toBeTruthy();
    expect(p.one('a', 'govuk-header__homepage-link').attribs.href).toBe('/');
    expect(p.has('svg', 'govuk-footer__crown')).toBe(true);
    const css = fs.readFileSync(
      path.join(siteDir, p.all('link').find((l) => l.attribs.rel === 'stylesheet')!.attribs.href!),
      'utf8',
    );
    expect(css).toContain('GDS Transport');
    for (const [, font] of css.matchAll(/url\("?(fonts\/[^")]+)"?\)/g)) {
      expect(fs.existsSync(path.join(siteDir, 'assets', font!))).toBe(true);
    }
  });
});

describe('a site with a feedback_url in site.yml', () => {
  let siteDir: string;

  beforeAll(async () => {
    const root = copyExample();
    fs.appendFileSync(path.join(root, 'content/_data/site.yml'), 'feedback_url: /help/\n');
    ({ siteDir } = await buildInto(root));
  });

  it('links "feedback" in the phase banner to it, on its pages and the coverage pages', () => {
    for (const url of ['/vat/register/', '/migrations/']) {
      const page = BuiltPage.at(siteDir, url);
      const banner = page.one('div', 'govuk-phase-banner');
      expect(text(banner)).toBe(
        'Beta This is a new service. Help us improve it by giving feedback.',
      );
      expect(page.links(banner)).toEqual([{ text: 'feedback', href: '/help/' }]);
    }
  });
});
