import { describe, expect, it } from 'vitest';
import { homepageUrl } from '../../src/migrations/answers.ts';
import { loadMigrations, type MigrationInputs } from '../../src/migrations/index.ts';
import { nginxConfig } from '../../src/migrations/nginx.ts';
import { csv, inputsFor, project, ROADS_YML, TAX_YML } from './helpers.ts';

const T = 'http://www.taxoffice.example.org';
const TAX = 'migrations-map/taxoffice.csv';

function check(files: Record<string, string>, overrides: Partial<MigrationInputs> = {}) {
  const root = project({
    'migrations-map/taxoffice.yml': TAX_YML,
    'migrations-map/roads.yml': ROADS_YML,
    ...files,
  });
  const { model, diagnostics } = loadMigrations(inputsFor(root, overrides));
  return {
    model,
    found: diagnostics.map(({ code, severity, file, line, message }) => ({
      code,
      severity,
      file,
      line,
      message,
    })),
  };
}

const err = (code: string, file: string, line: number, message: string) => ({
  code,
  severity: 'error',
  file,
  line,
  message,
});

describe('mapping rows', () => {
  it.each([
    [
      'an unknown status',
      `${T}/a.html,/vat/,302`,
      err(
        'MIGRATION_UNKNOWN_STATUS',
        TAX,
        2,
        'Status "302" is not one the legacy server answers with.',
      ),
    ],
    [
      'a redirect without a target',
      `${T}/a.html,,301`,
      err('MIGRATION_MISSING_TARGET', TAX, 2, 'The row redirects (301) but has no new_url.'),
    ],
    [
      'a 410 with a target',
      `${T}/a.html,/vat/,410`,
      err(
        'MIGRATION_GONE_WITH_TARGET',
        TAX,
        2,
        'The row is gone (410) but has a new_url, /vat/, that would never be used.',
      ),
    ],
    [
      'a redirect to a path the build does not publish',
      `${T}/a.html,/vat/old-rates/,301`,
      err(
        'MIGRATION_TARGET_NOT_PUBLISHED',
        TAX,
        2,
        '/vat/old-rates/ is not a page the build publishes, so the redirect would lead to a 404.',
      ),
    ],
    [
      'a target missing its trailing slash, with a hint',
      `${T}/a.html,/vat/rates,301`,
      err(
        'MIGRATION_TARGET_NOT_PUBLISHED',
        TAX,
        2,
        '/vat/rates is not a page the build publishes, so the redirect would lead to a 404. Did you mean /vat/rates/?',
      ),
    ],
    [
      'an own-host URL that is not published',
      `${T}/a.html,https://www.example.gov/nope/,301`,
      err(
        'MIGRATION_TARGET_NOT_PUBLISHED',
        TAX,
        2,
        'https://www.example.gov/nope/ is not a page the build publishes, so the redirect would lead to a 404.',
      ),
    ],
    [
      'a redirect to a host not allowed',
      `${T}/a.html,https://evil.example.com/x,301`,
      err(
        'MIGRATION_TARGET_HOST_NOT_ALLOWED',
        TAX,
        2,
        'https://evil.example.com/x is on evil.example.com, which is not in migrations-map/allowed-hosts.txt.',
      ),
    ],
    [
      'a target that is not a URL',
      `${T}/a.html,javascript:alert(1),301`,
      err(
        'MIGRATION_INVALID_TARGET',
        TAX,
        2,
        'new_url "javascript:alert(1)" is neither a site path nor an http or https URL.',
      ),
    ],
    [
      'an old URL on a host no site declares',
      'http://www.nobody.example.org/a.html,/vat/,301',
      err(
        'MIGRATION_UNKNOWN_HOST',
        TAX,
        2,
        'The old URL http://www.nobody.example.org/a.html is on www.nobody.example.org, which no legacy site declares.',
      ),
    ],
    [
      "an old URL on the site's own host",
      'https://www.example.gov/old/,/vat/,301',
      err(
        'MIGRATION_OLD_URL_OWN_HOST',
        TAX,
        2,
        "The old URL https://www.example.gov/old/ is on this site's own host, which the legacy server does not answer.",
      ),
    ],
    [
      'an old URL that is not an http URL',
      'ftp://www.taxoffice.example.org/a,/vat/,301',
      err(
        'MIGRATION_INVALID_OLD_URL',
        TAX,
        2,
        'The old URL "ftp://www.taxoffice.example.org/a" cannot be used: it is not an http or https URL.',
      ),
    ],
  ])('reports %s', (_name, row, expected) => {
    const { model, found } = check({ 'migrations-map/taxoffice.csv': csv(row) });
    expect(found).toEqual([expected]);
    expect(model.mappings).toEqual([]);
  });

  it('accepts a redirect to an allowed host, an own-host URL and a path on a legacy host', () => {
    const { model, found } = check({
      'migrations-map/allowed-hosts.txt': '# services\nservices.example.gov\n',
      'migrations-map/taxoffice.csv': csv(
        `${T}/a,https://services.example.gov/apply,301`,
        `${T}/b,https://www.example.gov/vat/,301`,
        '/c.html,/vat/rates/,301',
      ),
    });
    expect(found).toEqual([]);
    expect(model.mappings.map((m) => [m.url.key, m.target])).toEqual([
      ['www.taxoffice.example.org/a', 'https://services.example.gov/apply'],
      ['www.taxoffice.example.org/b', 'https://www.example.gov/vat/'],
      ['www.taxoffice.example.org/c.html', 'https://www.example.gov/vat/rates/'],
    ]);
  });
});

describe('mappings together', () => {
  it('reports duplicate old URLs with different targets, naming both lines', () => {
    const { model, found } = check({
      'migrations-map/taxoffice.csv': csv(
        `${T}/VAT/Guide.html,/vat/,301`,
        `${T}/vat/guide.html/#top,/vat/,301`,
        `http://taxoffice.example.org/vat/guide.html,/vat/rates/,301`,
      ),
    });
    expect(found).toEqual([
      err(
        'MIGRATION_DUPLICATE_OLD_URL',
        TAX,
        4,
        'The old URL www.taxoffice.example.org/vat/guide.html is also mapped at migrations-map/taxoffice.csv:2, to a different target.',
      ),
    ]);
    expect(model.mappings).toHaveLength(1);
  });

  it('collapses a chain to its end with a warning', () => {
    const { model, found } = check({
      'migrations-map/taxoffice.csv': csv(
        `${T}/a,${T}/b,301`,
        `${T}/b,http://taxoffice.example.org/c,301`,
        `${T}/c,/vat/,301`,
      ),
    });
    expect(found).toEqual([
      {
        code: 'MIGRATION_CHAIN',
        severity: 'warning',
        file: TAX,
        line: 2,
        message:
          'The redirect goes to www.taxoffice.example.org/b, which redirects again; it was collapsed to https://www.example.gov/vat/.',
      },
      {
        code: 'MIGRATION_CHAIN',
        severity: 'warning',
        file: TAX,
        line: 3,
        message:
          'The redirect goes to www.taxoffice.example.org/c, which redirects again; it was collapsed to https://www.example.gov/vat/.',
      },
    ]);
    expect(model.mappings.map((m) => m.target)).toEqual(
      Array(3).fill('https://www.example.gov/vat/'),
    );
  });

  it('reports a loop', () => {
    const { model, found } = check({
      'migrations-map/taxoffice.csv': csv(`${T}/a,${T}/b,301`, `${T}/b,${T}/a,301`),
    });
    expect(found).toEqual([
      err(
        'MIGRATION_LOOP',
        TAX,
        2,
        'The redirects form a loop: www.taxoffice.example.org/a -> www.taxoffice.example.org/b -> www.taxoffice.example.org/a.',
      ),
      err(
        'MIGRATION_LOOP',
        TAX,
        3,
        'The redirects form a loop: www.taxoffice.example.org/b -> www.taxoffice.example.org/a -> www.taxoffice.example.org/b.',
      ),
    ]);
    expect(model.mappings).toEqual([]);
  });

  it('reports a redirect to an old URL that is not mapped', () => {
    const { found } = check({ 'migrations-map/taxoffice.csv': csv(`${T}/a,${T}/nowhere,301`) });
    expect(found).toEqual([
      err(
        'MIGRATION_TARGET_UNMAPPED',
        TAX,
        2,
        'www.taxoffice.example.org/nowhere is an old URL that is not mapped itself, so the redirect would lead nowhere.',
      ),
    ]);
  });

  it('honours query_params: ids are different pages, other keys are ignored', () => {
    const { model, found } = check({
      'migrations-map/roads.csv': csv(
        'http://www.roads.example.org/page.php?id=1&s=x,/vat/,301',
        'http://www.roads.example.org/page.php?id=2,/vat/rates/,301',
      ),
    });
    expect(found).toEqual([]);
    expect(model.mappings.map((m) => m.url.key)).toEqual([
      'www.roads.example.org/page.php?id=1',
      'www.roads.example.org/page.php?id=2',
    ]);
  });
});

describe("pages' legacy_urls", () => {
  const page = 'content/tax-office/vat/register.md';
  it('maps legacy URLs to the page, moves old paths on this domain, and checks both', () => {
    const { model, found } = check(
      { 'migrations-map/taxoffice.csv': csv(`${T}/a,${T}/reg.html,301`) },
      {
        pageLegacyUrls: [
          { url: `${T}/reg.html`, target: '/vat/register/', file: page, line: 8 },
          { url: '/vat-registration/', target: '/vat/register/', file: page, line: 9 },
          { url: '/vat/', target: '/vat/register/', file: page, line: 10 },
          { url: 'http://elsewhere.example.org/x', target: '/vat/register/', file: page, line: 11 },
          { url: `${T}/a`, target: '/vat/register/', file: page, line: 12 },
        ],
      },
    );
    expect(found).toEqual([
      err(
        'MIGRATION_OLD_PATH_PUBLISHED',
        page,
        10,
        'The old path /vat/ is a page the build publishes, so a redirect from it would hide that page.',
      ),
      err(
        'MIGRATION_UNKNOWN_HOST',
        page,
        11,
        'The old URL http://elsewhere.example.org/x is on elsewhere.example.org, which no legacy site declares.',
      ),
      // Declared targets differ (one via an old URL), even though both end on the same page.
      err(
        'MIGRATION_DUPLICATE_OLD_URL',
        page,
        12,
        'The old URL www.taxoffice.example.org/a is also mapped at migrations-map/taxoffice.csv:2, to a different target.',
      ),
      {
        code: 'MIGRATION_CHAIN',
        severity: 'warning',
        file: TAX,
        line: 2,
        message:
          'The redirect goes to www.taxoffice.example.org/reg.html, which redirects again; it was collapsed to https://www.example.gov/vat/register/.',
      },
    ]);
    expect(model.sameDomain).toEqual([
      { from: '/vat-registration/', to: '/vat/register/', file: page, line: 9 },
    ]);
    expect(model.mappings.map((m) => [m.url.key, m.target, m.file])).toEqual([
      ['www.taxoffice.example.org/a', 'https://www.example.gov/vat/register/', TAX],
      ['www.taxoffice.example.org/reg.html', 'https://www.example.gov/vat/register/', page],
    ]);
  });
});

describe('site files', () => {
  it.each([
    [
      'a missing host',
      'department: tax-office\nhomepage: /vat/\n',
      err(
        'MIGRATION_SITE_FIELD_MISSING',
        'migrations-map/old.yml',
        1,
        'The site has no `host`, which every legacy site needs.',
      ),
    ],
    [
      'a missing department',
      'host: www.old.example.org\nhomepage: /vat/\n',
      err(
        'MIGRATION_SITE_FIELD_MISSING',
        'migrations-map/old.yml',
        1,
        'The site has no `department`, which every legacy site needs.',
      ),
    ],
    [
      'a missing homepage',
      'host: www.old.example.org\ndepartment: tax-office\n',
      err(
        'MIGRATION_SITE_FIELD_MISSING',
        'migrations-map/old.yml',
        1,
        'The site has no `homepage`, which every legacy site needs.',
      ),
    ],
    [
      'an unknown department',
      'host: www.old.example.org\ndepartment: tax-ofice\nhomepage: /vat/\n',
      err(
        'MIGRATION_UNKNOWN_DEPARTMENT',
        'migrations-map/old.yml',
        2,
        'Department "tax-ofice" does not exist: there is no content/tax-ofice/_department.yml.',
      ),
    ],
    [
      'a homepage that is not published',
      'host: www.old.example.org\ndepartment: tax-office\nhomepage: /old/\n',
      err(
        'MIGRATION_HOMEPAGE_NOT_PUBLISHED',
        'migrations-map/old.yml',
        3,
        'The homepage /old/ is not a page the build publishes, so the old site\'s "/" would lead nowhere.',
      ),
    ],
    [
      'a host in capitals',
      'host: WWW.Old.example.org\ndepartment: tax-office\nhomepage: /vat/\n',
      err(
        'MIGRATION_SITE_FIELD_INVALID',
        'migrations-map/old.yml',
        1,
        '`host` "WWW.Old.example.org" is not a lowercase host name like www.oldsite.gov.uk.',
      ),
    ],
    [
      'a query key nginx cannot read',
      'host: www.old.example.org\ndepartment: tax-office\nhomepage: /vat/\nquery_params: [page-id]\n',
      err(
        'MIGRATION_SITE_FIELD_INVALID',
        'migrations-map/old.yml',
        4,
        '`query_params` holds "page-id", but a query key must be letters, digits or _ for nginx to read it.',
      ),
    ],
    [
      'invalid YAML',
      'host: [www.old.example.org\n',
      err(
        'MIGRATION_SITE_YAML',
        'migrations-map/old.yml',
        2,
        'The site file is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
      ),
    ],
    [
      "a legacy host that is the site's own host",
      'host: www.old.example.org\naliases: [www.example.gov]\ndepartment: tax-office\nhomepage: /vat/\n',
      err(
        'MIGRATION_OWN_HOST',
        'migrations-map/old.yml',
        2,
        "www.example.gov is this site's own host, so it cannot be a legacy host.",
      ),
    ],
    [
      'a host declared by two sites',
      'host: www.old.example.org\naliases: [taxoffice.example.org]\ndepartment: tax-office\nhomepage: /vat/\n',
      // Sites load in file-name order, so the later file is the one reported.
      err(
        'MIGRATION_HOST_CONFLICT',
        'migrations-map/taxoffice.yml',
        2,
        'taxoffice.example.org is also declared by migrations-map/old.yml; a host belongs to one legacy site.',
      ),
    ],
    [
      'a homepage on a host that is not allowed',
      'host: www.old.example.org\ndepartment: tax-office\nhomepage: https://forms.example.com/start\n',
      err(
        'MIGRATION_TARGET_HOST_NOT_ALLOWED',
        'migrations-map/old.yml',
        3,
        'https://forms.example.com/start is on forms.example.com, which is not in migrations-map/allowed-hosts.txt.',
      ),
    ],
  ])('reports %s', (_name, yml, expected) => {
    expect(check({ 'migrations-map/old.yml': yml }).found).toEqual([expected]);
  });

  it('takes a homepage on an allowed host, and nginx sends the old "/" there', () => {
    const { model, found } = check({
      'migrations-map/old.yml':
        'host: www.old.example.org\ndepartment: tax-office\nhomepage: https://forms.example.com/start\n',
      'migrations-map/allowed-hosts.txt': 'forms.example.com\n',
    });
    expect(found).toEqual([]);
    const site = model.sites.find((s) => s.id === 'old')!;
    expect(homepageUrl(site, 'https://www.example.gov')).toBe('https://forms.example.com/start');
    const conf = [...nginxConfig(model, { listen: '80', serverDir: '/srv' })].join('');
    expect(conf).toContain(
      'if ($legacy_path = "/") { return 301 "https://forms.example.com/start"; }',
    );
  });

  it('warns about an unknown field', () => {
    const { found } = check({
      'migrations-map/old.yml':
        'host: www.old.example.org\ndepartment: tax-office\nhomepage: /vat/\nquery_param: [id]\n',
    });
    expect(found).toEqual([
      {
        code: 'MIGRATION_SITE_FIELD_UNKNOWN',
        severity: 'warning',
        file: 'migrations-map/old.yml',
        line: 4,
        message: '`query_param` is not a site field and is ignored.',
      },
    ]);
  });

  it('reports a mappings file without a site file, and an allowed host that is not a host', () => {
    const { found } = check({
      'migrations-map/ghost.csv': csv(),
      'migrations-map/allowed-hosts.txt': 'services.example.gov\nhttps://x.example.com/\n',
    });
    expect(found).toEqual([
      err(
        'MIGRATION_ALLOWED_HOST_INVALID',
        'migrations-map/allowed-hosts.txt',
        2,
        '"https://x.example.com/" is not a host name.',
      ),
      err(
        'MIGRATION_ORPHAN_FILE',
        'migrations-map/ghost.csv',
        0,
        'There is no migrations-map/ghost.yml, so this file belongs to no legacy site.',
      ),
    ]);
  });
});

describe('hits', () => {
  it("warns about a hits row on another site's host", () => {
    const { model, found } = check({
      'migrations-map/taxoffice.hits.csv':
        'url,hits\nhttp://www.roads.example.org/x,5\n/a.html,3\n',
    });
    expect(found).toEqual([
      {
        code: 'MIGRATION_HITS_OTHER_SITE',
        severity: 'warning',
        file: 'migrations-map/taxoffice.hits.csv',
        line: 2,
        message:
          'http://www.roads.example.org/x is not on a host of taxoffice, so its hits are not counted.',
      },
    ]);
    expect(model.hits.map((h) => [h.url.key, h.hits])).toEqual([
      ['www.taxoffice.example.org/a.html', 3],
    ]);
  });
});
