/**
 * The search page and the search attributes of content pages, as built from the example content:
 * what works without JavaScript, the form the script drives, and what the index is told.
 */
import { DomUtils } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuiltPage, buildInto, classes, productRoot, text } from '../site/helpers.ts';

describe('the search page', () => {
  let siteDir: string;
  const page = (url: string) => BuiltPage.at(siteDir, url);
  const withAttribute = (p: BuiltPage, name: string) => DomUtils.findAll((el) => name in el.attribs, p.doc.children);

  beforeAll(async () => {
    ({ siteDir } = await buildInto(productRoot));
  });

  it('says plainly without JavaScript that search needs it, and how to browse instead', () => {
    const p = page('/search/');
    const noJs = withAttribute(p, 'data-search-no-js')[0]!;
    expect(text(noJs)).toContain('Search needs JavaScript, which is turned off or not available in your browser.');
    expect(p.links(noJs)).toEqual([
      { text: 'A to Z of departments', href: '/departments/' },
      { text: 'list of every page (sitemap)', href: '/sitemap.xml' },
    ]);
    expect(p.meta('robots')).toBe('noindex');
  });

  it('renders the form the script shows, hidden until it starts: query, filters by name, sort', () => {
    const p = page('/search/');
    const form = withAttribute(p, 'data-search-form')[0]!;
    expect(form.attribs).toMatchObject({ action: '/search/', method: 'get', hidden: '' });
    const inputs = DomUtils.findAll((el) => el.name === 'input', [form]);
    expect(inputs.find((i) => i.attribs.name === 'q')?.attribs).toMatchObject({ id: 'search-query', type: 'search' });
    const department = inputs.filter((i) => i.attribs.name === 'department');
    expect(department.map((i) => [i.attribs.value, i.attribs['data-label']])).toContainEqual(['tax-office', 'Tax Office']);
    expect(inputs.filter((i) => i.attribs.name === 'type').map((i) => i.attribs['data-label'])).toEqual(['Guide', 'News story', 'Service', 'Page']);
    expect(inputs.filter((i) => i.attribs.name === 'topic').length).toBeGreaterThan(3);
    const sort = DomUtils.findOne((el) => el.name === 'select', [form])!;
    expect(sort.attribs.name).toBe('sort');
    expect(DomUtils.findAll((el) => el.name === 'option', [sort]).map((o) => o.attribs.value)).toEqual(['relevance', 'newest']);
    const status = withAttribute(p, 'data-search-status')[0]!;
    expect(status.attribs).toMatchObject({ role: 'status', 'aria-live': 'polite' });
  });

  it('loads the search script as an external module, with no inline script or style of its own', () => {
    const p = page('/search/');
    const scripts = p.all('script');
    const search = scripts.find((s) => /\/assets\/search-[0-9a-f]{10}\.js$/.test(s.attribs.src ?? ''));
    expect(search?.attribs.type).toBe('module');
    // The only inline script is govuk-frontend's template one, which the CSP allows by its hash.
    expect(scripts.filter((s) => !s.attribs.src).length).toBe(1);
    expect(withAttribute(p, 'style')).toEqual([]);
    // The markup the script copies is in <template>s outside <main>.
    expect(p.all('template').length).toBe(2);
    expect(p.all('template').every((t) => !DomUtils.findOne((el) => el.name === 'main', [t]))).toBe(true);
    expect(p.has('nav', 'govuk-pagination')).toBe(true);
  });
});

describe('what content pages tell the index', () => {
  let siteDir: string;
  const page = (url: string) => BuiltPage.at(siteDir, url);

  beforeAll(async () => {
    ({ siteDir } = await buildInto(productRoot));
  });

  // The result title is Pagefind's default: the body's first <h1>.
  it('marks the main column as the body, and the department, type, topics and date as filters and details', () => {
    const p = page('/vat/register/');
    const [body, ...more] = DomUtils.findAll((el) => 'data-pagefind-body' in el.attribs, p.doc.children);
    expect(more).toEqual([]);
    expect(classes(body!)).toContain('govuk-grid-column-two-thirds');
    const tagged = (attribute: string) => DomUtils.findAll((el) => attribute in el.attribs, p.doc.children)
      .map((el) => `${el.attribs[attribute]}=${el.attribs.datetime ?? text(el)}`);
    expect(tagged('data-pagefind-filter')).toEqual(['type=Guide', 'department=Tax Office', 'topic=Money and tax', 'topic=Business and self-employed']);
    expect(tagged('data-pagefind-meta')).toEqual([
      'department=Tax Office',
      'description=When you must register your business for VAT, how to register and what happens next.',
      'published[datetime]=2025-10-01',
    ]);
    expect(tagged('data-pagefind-sort')).toEqual(['published[datetime]=2025-10-01']);
  });

  it('keeps generated listings and withdrawn pages out of the index', () => {
    for (const url of ['/', '/departments/', '/departments/tax-office/', '/topics/tax/', '/search/', '/business/energy-rebate/']) {
      expect(page(url).html, url).not.toContain('data-pagefind-body');
    }
  });
});
