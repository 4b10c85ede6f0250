/**
 * The search page, as built from the example content (what works without JavaScript, the form the
 * script drives), and what the index is told of a content page.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/content/index.ts';
import { pageView } from '../../src/render/page-view.ts';
import { siteStrings } from '../../src/render/strings.ts';
import { searchDocument } from '../../src/search/search-document.ts';
import { BuiltPage, buildInto, productRoot, text } from '../site/helpers.ts';

const STRINGS = siteStrings(['en', 'cy']).strings;

describe('the search page', () => {
  let siteDir: string;
  const page = (url: string) => BuiltPage.at(siteDir, url);
  const withAttribute = (p: BuiltPage, name: string) =>
    DomUtils.findAll((el) => name in el.attribs, p.doc.children);

  beforeAll(async () => {
    ({ siteDir } = await buildInto(productRoot));
  });

  it('says plainly without JavaScript that search needs it, and how to browse instead', () => {
    const p = page('/search/');
    const noJs = withAttribute(p, 'data-search-no-js')[0]!;
    expect(text(noJs)).toContain(
      'Search needs JavaScript, which is turned off or not available in your browser.',
    );
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
    expect(inputs.find((i) => i.attribs.name === 'q')?.attribs).toMatchObject({
      id: 'search-query',
      type: 'search',
    });
    const department = inputs.filter((i) => i.attribs.name === 'department');
    expect(department.map((i) => [i.attribs.value, i.attribs['data-label']])).toContainEqual([
      'tax-office',
      'Tax Office',
    ]);
    expect(
      inputs.filter((i) => i.attribs.name === 'type').map((i) => i.attribs['data-label']),
    ).toEqual(['Guide', 'News story', 'Service', 'Page']);
    expect(inputs.filter((i) => i.attribs.name === 'topic').length).toBeGreaterThan(3);
    const sort = DomUtils.findOne((el) => el.name === 'select', [form])!;
    expect(sort.attribs.name).toBe('sort');
    expect(
      DomUtils.findAll((el) => el.name === 'option', [sort]).map((o) => o.attribs.value),
    ).toEqual(['relevance', 'newest']);
    const status = withAttribute(p, 'data-search-status')[0]!;
    expect(status.attribs).toMatchObject({ role: 'status', 'aria-live': 'polite' });
  });

  it('loads the search script as an external module, with no inline script or style of its own', () => {
    const p = page('/search/');
    const scripts = p.all('script');
    const search = scripts.find((s) =>
      /\/assets\/search-[0-9a-f]{10}\.js$/.test(s.attribs.src ?? ''),
    );
    expect(search?.attribs.type).toBe('module');
    // The only inline script is govuk-frontend's template one, which the CSP allows by its hash.
    expect(scripts.filter((s) => !s.attribs.src).length).toBe(1);
    expect(withAttribute(p, 'style')).toEqual([]);
    // The markup the script copies is in <template>s outside <main>.
    expect(p.all('template').length).toBe(2);
    expect(p.all('template').every((t) => !DomUtils.findOne((el) => el.name === 'main', [t]))).toBe(
      true,
    );
    expect(p.has('nav', 'govuk-pagination')).toBe(true);
  });
});

describe('what a content page tells the index', () => {
  const { model } = loadSite(productRoot, { drafts: false });
  const documentOf = (
    url: string,
    body = '<h2 id="how">How to register</h2><p>Register online.</p>',
  ) => searchDocument(pageView(model.pageByUrl.get(url)!, model, STRINGS), body);

  // The result title is Pagefind's default: the body's first <h1>.
  it('holds the title, summary and body, with the department, type, topics and date as filters and details', () => {
    const doc = parseDocument(documentOf('/vat/register/')!);
    const [body, ...more] = DomUtils.findAll(
      (el) => 'data-pagefind-body' in el.attribs,
      doc.children,
    );
    expect(more).toEqual([]);
    const ignored = DomUtils.findAll((el) => 'data-pagefind-ignore' in el.attribs, doc.children);
    const searched = text(body!).replace(ignored.map(text).join(''), '');
    expect(searched).toBe(
      'Register for VAT' +
        'When you must register your business for VAT, how to register and what happens next.' +
        'How to register' +
        'Register online.',
    );
    expect(DomUtils.findOne((el) => el.name === 'html', doc.children)?.attribs.lang).toBe('en');
    const tagged = (attribute: string) =>
      DomUtils.findAll((el) => attribute in el.attribs, doc.children).map(
        (el) => `${el.attribs[attribute]}=${el.attribs.datetime ?? text(el)}`,
      );
    expect(tagged('data-pagefind-filter')).toEqual([
      'department=Tax Office',
      'type=Guide',
      'topic=Money and tax',
      'topic=Business and self-employed',
    ]);
    expect(tagged('data-pagefind-meta')).toEqual([
      'description=When you must register your business for VAT, how to register and what happens next.',
      'department=Tax Office',
      'published[datetime]=2025-10-01',
      'published_text=1 October 2025',
    ]);
    expect(tagged('data-pagefind-sort')).toEqual(['published[datetime]=2025-10-01']);
  });

  it('escapes text from front matter, and leaves withdrawn pages out', () => {
    const page = model.pageByUrl.get('/vat/register/')!;
    const hostile = {
      ...page,
      data: { ...page.data, title: 'VAT <script>alert(1)</script> & "more"' },
    };
    expect(searchDocument(pageView(hostile, model, STRINGS), '')).toContain(
      '<h1>VAT &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;</h1>',
    );
    expect(documentOf('/business/energy-rebate/')).toBeUndefined();
  });

  it('puts a Welsh page in the Welsh index', () => {
    expect(documentOf('/cymraeg/trwydded-yrru/')).toMatch(/^<!doctype html><html lang="cy">/);
  });
});
