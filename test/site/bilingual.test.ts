/**
 * A bilingual site as a Welsh reader finds it: every page in Welsh has no English label, and each
 * page with a twin links to it and back (language navigation, hreflang, sitemap).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/content/index.ts';
import { siteStrings } from '../../src/render/strings.ts';
import { BuiltPage, buildInto, copyExample, tableRows, text } from './helpers.ts';

/** Every page of the built site, by its URL. */
function builtPages(siteDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of fs.readdirSync(siteDir, { recursive: true }) as string[]) {
    if (!file.endsWith('index.html') || file.startsWith('migrations')) continue;
    const url = `/${path.dirname(file) === '.' ? '' : `${path.dirname(file)}/`}`;
    pages.set(url, fs.readFileSync(path.join(siteDir, file), 'utf8'));
  }
  return pages;
}

/** The 410 and 404 pages of every legacy host, by site and name. */
function legacyHostPages(deployDir: string): Map<string, string> {
  const dir = path.join(deployDir, 'nginx/legacy-sites');
  return new Map(
    fs
      .readdirSync(dir)
      .flatMap((id) =>
        fs
          .readdirSync(path.join(dir, id))
          .map((name): [string, string] => [
            `${id}/${name} (legacy host)`,
            fs.readFileSync(path.join(dir, id, name), 'utf8'),
          ]),
      ),
  );
}

/** What a reader sees or hears: text, and the labels screen readers announce. */
const readable = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*\s(?:aria-label|alt|title)="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('a bilingual site (the example content)', () => {
  let siteDir = '';
  let root = '';
  let pages = new Map<string, string>();
  const welsh = () => [...pages].filter(([, html]) => html.includes('<html lang="cy"'));

  beforeAll(async () => {
    root = copyExample();
    let deployDir = '';
    ({ siteDir, deployDir } = await buildInto(root));
    pages = new Map([...builtPages(siteDir), ...legacyHostPages(deployDir)]);
  }, 120_000);

  it('prints no English label on any Welsh page', () => {
    const { strings } = siteStrings(['en', 'cy']);
    // English's own name and "change the language" link rightly appear on a Welsh page.
    const labels = [...strings.get('en')!]
      .filter(([key]) => key !== 'language_name' && key !== 'change_language')
      .map(([, text]) => text.replace(/\{\w+\}/g, '').trim());
    expect(welsh().length).toBeGreaterThan(0);
    expect(welsh().map(([url]) => url)).toContain('ffyrdd/410.html (legacy host)');
    const found = welsh().flatMap(([url, html]) => {
      const text = readable(html);
      return labels
        .filter((label) =>
          new RegExp(`(^|[^\\w])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`).test(
            text,
          ),
        )
        .map((label) => `${url}: "${label}"`);
    });
    expect(found).toEqual([]);
  });

  it('links each twin to the other, in the language navigation and for search engines', () => {
    const english = BuiltPage.at(siteDir, '/driving-licences/change-address/');
    const cymraeg = BuiltPage.at(siteDir, '/cymraeg/trwydded-yrru/');
    expect(english.html).toContain(
      '<a class="govuk-language-navigation__link" href="/cymraeg/trwydded-yrru/" rel="alternate" lang="cy" hreflang="cy">Cymraeg<span class="govuk-visually-hidden"> Newid yr iaith i&#39;r Gymraeg</span>',
    );
    expect(cymraeg.html).toContain(
      '<a class="govuk-language-navigation__link" href="/driving-licences/change-address/" rel="alternate" lang="en" hreflang="en">English<span class="govuk-visually-hidden"> Change the language to English</span>',
    );
    for (const page of [english, cymraeg]) {
      expect(page.html).toContain(
        '<link rel="alternate" hreflang="en" href="https://www.example.gov/driving-licences/change-address/">',
      );
      expect(page.html).toContain(
        '<link rel="alternate" hreflang="cy" href="https://www.example.gov/cymraeg/trwydded-yrru/">',
      );
    }
    expect(fs.readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')).toContain(
      '<url><loc>https://www.example.gov/cymraeg/trwydded-yrru/</loc><lastmod>2025-11-17</lastmod><xhtml:link rel="alternate" hreflang="cy" href="https://www.example.gov/cymraeg/trwydded-yrru/"/><xhtml:link rel="alternate" hreflang="en" href="https://www.example.gov/driving-licences/change-address/"/></url>',
    );
  });

  it('writes dates in Welsh on Welsh pages', () => {
    expect(BuiltPage.at(siteDir, '/cymraeg/trwydded-yrru/').html).toContain(
      '<dd><time datetime="2025-11-17">17 Tachwedd 2025</time></dd>',
    );
  });

  it('lists on /translations/ what each bilingual department has translated, as the check counts it', () => {
    const { model } = loadSite(root, { drafts: false });
    const figures = model.parity.departments.flatMap((d) =>
      d.languages.map((l) =>
        [d.name, l.name, l.pages, l.twinned, l.missing.length, l.outdated.length].map(String),
      ),
    );
    expect(figures.length).toBeGreaterThan(0);
    const page = BuiltPage.at(siteDir, '/translations/').html;
    expect(tableRows(page)).toEqual(figures);
  });

  it('has a home page and topic pages in Welsh, listing the Welsh pages, linked to their English versions', () => {
    const home = BuiltPage.at(siteDir, '/cymraeg/').html;
    expect(home).toContain('<html lang="cy"');
    expect(home).toContain(
      '<a class="govuk-link govuk-!-font-weight-bold" href="/cymraeg/topics/driving/">Gyrru a cherbydau</a>',
    );
    expect(home).toContain('href="/" rel="alternate" lang="en" hreflang="en">English');
    expect(BuiltPage.at(siteDir, '/').html).toContain(
      'href="/cymraeg/" rel="alternate" lang="cy" hreflang="cy">Cymraeg',
    );
    const topic = BuiltPage.at(siteDir, '/cymraeg/topics/driving/').html;
    const listed = [
      ...topic.matchAll(/<a class="govuk-link govuk-!-font-weight-bold" href="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(listed.length).toBeGreaterThanOrEqual(5);
    expect(listed.every((href) => href!.startsWith('/cymraeg/'))).toBe(true);
    const english = BuiltPage.at(siteDir, '/topics/driving/').html;
    expect(english).not.toContain('href="/cymraeg/trwydded-yrru/"');
    expect(english).toContain(
      'href="/cymraeg/topics/driving/" rel="alternate" lang="cy" hreflang="cy">Cymraeg',
    );
  });

  it('has the departments A to Z and department pages in Welsh, each listing its own language', () => {
    const atoz = BuiltPage.at(siteDir, '/cymraeg/departments/').html;
    expect(atoz).toContain('href="/cymraeg/departments/transport-department/">Adran Drafnidiaeth');
    expect(atoz).not.toContain('Tax Office');
    const hrefs = (html: string) =>
      [...html.matchAll(/<a class="govuk-link govuk-!-font-weight-bold" href="([^"]+)"/g)].map(
        (m) => m[1]!,
      );
    const welsh = hrefs(BuiltPage.at(siteDir, '/cymraeg/departments/transport-department/').html);
    expect(welsh.length).toBeGreaterThanOrEqual(6);
    expect(welsh.every((href) => href.startsWith('/cymraeg/'))).toBe(true);
    const english = hrefs(BuiltPage.at(siteDir, '/departments/transport-department/').html);
    expect(english.some((href) => href.startsWith('/cymraeg/'))).toBe(false);
    // A Welsh page's department link leads to the department's Welsh page.
    expect(BuiltPage.at(siteDir, '/cymraeg/trwydded-yrru/').html).toContain(
      'href="/cymraeg/departments/transport-department/">Adran Drafnidiaeth</a>',
    );
  });

  it('pairs a Welsh news story, service, page and withdrawn page with their English twins', () => {
    const nav = (url: string) =>
      BuiltPage.at(siteDir, url).links(
        BuiltPage.at(siteDir, url).one('nav', 'govuk-language-navigation'),
      );
    for (const [english, cymraeg] of [
      ['/news/new-driving-test-centres/', '/cymraeg/newyddion/pedair-canolfan-prawf-gyrru-newydd/'],
      ['/driving-licences/renew/', '/cymraeg/adnewyddu-trwydded-yrru/'],
      ['/contact-department-for-transport/', '/cymraeg/cysylltu-adran-drafnidiaeth/'],
      ['/driving-licences/paper-counterpart/', '/cymraeg/gwrthran-papur-trwydded-yrru/'],
    ]) {
      expect(nav(english!).map((l) => l.href)).toContain(cymraeg);
      expect(nav(cymraeg!).map((l) => l.href)).toContain(english);
    }
    const withdrawn = BuiltPage.at(siteDir, '/cymraeg/gwrthran-papur-trwydded-yrru/');
    expect(text(withdrawn.one('title'))).toBe(
      '[Tynnwyd yn ôl] Gwrthran papur eich trwydded yrru - Example Government',
    );
    expect(text(withdrawn.one('div', 'govuk-notification-banner'))).toContain(
      'Tynnwyd y dudalen hon yn ôl ar 1 Mehefin 2026',
    );
    const news = BuiltPage.at(siteDir, '/cymraeg/newyddion/pedair-canolfan-prawf-gyrru-newydd/');
    expect(text(news.one('main'))).toContain('Stori newyddion');
  });

  it('links the Welsh department page to its Welsh news feed', () => {
    const page = BuiltPage.at(siteDir, '/cymraeg/departments/transport-department/');
    const feed = '/cymraeg/departments/transport-department/news.xml';
    expect(page.links(page.one('main'))).toContainEqual({
      text: 'Tanysgrifio i newyddion Adran Drafnidiaeth (ffrwd Atom)',
      href: feed,
    });
    expect(
      page.all('link').find((l) => l.attribs.type === 'application/atom+xml')?.attribs,
    ).toMatchObject({
      href: feed,
      title: 'Newyddion Adran Drafnidiaeth',
    });
    const xml = fs.readFileSync(path.join(siteDir, feed), 'utf8');
    expect(xml).toContain(
      '<id>https://www.example.gov/cymraeg/newyddion/pedair-canolfan-prawf-gyrru-newydd/</id>',
    );
    expect(xml).not.toContain('/news/new-driving-test-centres/');
  });

  it("says 'page not found' in each language on the one 404 page a host serves", () => {
    const html = fs.readFileSync(path.join(siteDir, '404.html'), 'utf8');
    expect(html).toContain('<h1 class="govuk-heading-l">Page not found</h1>');
    const welsh = html.slice(html.indexOf('<div lang="cy"'));
    expect(welsh).toContain('<h2 class="govuk-heading-l">Heb ddod o hyd i&#39;r dudalen</h2>');
    expect(welsh).toContain('<a class="govuk-link" href="/cymraeg/search/">chwilio</a>');
    expect(welsh).toContain('<a class="govuk-link" href="/cymraeg/">hafan</a>');
  });
});
