import { describe, expect, it } from 'vitest';
import { coverageReport, loadMigrations } from '../../src/migrations/index.ts';
import { nginxConfig } from '../../src/migrations/nginx.ts';
import { regexProblem } from '../../src/migrations/site-rules.ts';
import { csv, inputsFor, project, ROADS_YML, TAX_YML } from './helpers.ts';

const T = 'http://www.taxoffice.example.org';
const R = 'http://www.roads.example.org';
const SITE = 'migrations-map/taxoffice.yml';

function load(files: Record<string, string>) {
  const root = project({
    'migrations-map/taxoffice.yml': TAX_YML,
    'migrations-map/roads.yml': ROADS_YML,
    'migrations-map/allowed-hosts.txt': 'r4d.example.gov.uk\n',
    ...files,
  });
  const { model, diagnostics } = loadMigrations(inputsFor(root));
  const found = diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`);
  return { model, found };
}

const RULES_YML = `${TAX_YML}global: { status: 410 }
rules:
  - prefix: /news/
    status: 410
  - match: '^/r4d/(.*)$'
    new_url: 'https://r4d.example.gov.uk/$1'
    status: 301
  - match: '^/vat-guides?/(?<page>[a-z-]+)\\.html$'
    new_url: /vat/
    status: 301
`;

describe('rules and global in a site file', () => {
  it('reports every wrong rule at its line, with what to do', () => {
    const { found } = load({
      [SITE]: `${TAX_YML}global: { status: 301 }
rules:
  - prefix: news/
    status: 410
  - match: '^/r4d/(.*'
    status: 410
  - match: '^/r4d/(.*)$'
    new_url: 'https://r4d.example.gov.uk/$2'
    status: 301
  - prefix: /a/
    match: '^/a/'
    status: 410
  - prefix: /b/
    status: 302
  - prefix: /c/
    status: 301
  - prefix: /d/
    new_url: /vat/$1
    status: 301
  - match: '(?<=a+)b'
    status: 410
  - prefix: /e/
    status: 410
    when: always
`,
    });
    expect(found).toEqual([
      `${SITE}:6 MIGRATION_SITE_FIELD_INVALID \`global\` has status 301 but no new_url; write { status: 410 } or { status: 301, new_url: /page/ }.`,
      `${SITE}:8 MIGRATION_RULE_INVALID Rule 1 has prefix "news/", which is not a path.`,
      `${SITE}:10 MIGRATION_RULE_REGEX Rule 2's match '^/r4d/(.*' is not a regular expression nginx can use: Unterminated group.`,
      `${SITE}:12 MIGRATION_RULE_CAPTURE Rule 3's new_url uses $2, but its match has one capture group ($1).`,
      `${SITE}:15 MIGRATION_RULE_INVALID Rule 4 has both prefix and match.`,
      `${SITE}:18 MIGRATION_RULE_INVALID Rule 5 has status 302.`,
      `${SITE}:20 MIGRATION_RULE_INVALID Rule 6 has status 301 but no new_url.`,
      `${SITE}:22 MIGRATION_RULE_INVALID Rule 7 is a prefix rule, which has no captures for $1.`,
      `${SITE}:25 MIGRATION_RULE_REGEX Rule 8's match '(?<=a+)b' is not a regular expression nginx can use: a lookbehind must have a fixed length.`,
      `${SITE}:27 MIGRATION_RULE_INVALID Rule 9 has a field \`when\`.`,
    ]);
  });

  it('checks where a rule leads as it checks a mapping, the host only when it has captures', () => {
    const { found } = load({
      [SITE]: `${TAX_YML}global: { status: 301, new_url: /vat/registr/ }
rules:
  - match: '^/x/(.*)$'
    new_url: 'https://elsewhere.example.com/$1'
    status: 301
  - match: '^/y/(.*)$'
    new_url: '/any/$1/'
    status: 301
`,
    });
    expect(found).toEqual([
      `${SITE}:6 MIGRATION_TARGET_NOT_PUBLISHED /vat/registr/ is not a page the build publishes, so the redirect would lead to a 404.`,
      `${SITE}:8 MIGRATION_TARGET_HOST_NOT_ALLOWED https://elsewhere.example.com/ is on elsewhere.example.com, which is not in migrations-map/allowed-hosts.txt.`,
    ]);
  });

  it('refuses a rule tried before the mappings that answers mapped URLs', () => {
    const { found } = load({
      [SITE]: `${TAX_YML}rules:\n  - prefix: /news/\n    status: 410\n    before_mappings: true\n`,
      'migrations-map/taxoffice.csv': csv(
        `${T}/news/2019/budget.html,/vat/,301`,
        `${T}/News/2020/spring.html,/vat/,301`,
        `${T}/about.html,/vat/,301`,
      ),
    });
    expect(found).toEqual([
      `${SITE}:7 MIGRATION_RULE_SHADOWS_MAPPINGS Rule 1 has before_mappings: true and answers 2 mapped URLs, so their mappings are never used: ${T}/news/2019/budget.html (migrations-map/taxoffice.csv:2) and others.`,
    ]);
  });

  it('counts URLs answered by a rule or global as covered, and says by which', () => {
    const { model, found } = load({
      [SITE]: RULES_YML,
      'migrations-map/taxoffice.csv': csv(`${T}/news/kept.html,/vat/,301`),
      'migrations-map/taxoffice.hits.csv': [
        'url,hits',
        `${T}/news/kept.html,100`,
        `${T}/news/2019/budget.html,40`,
        `${T}/NEWS,5`,
        `${T}/newsletter.html,7`,
        `${T}/r4d/Projects/Water.pdf,30`,
        `${T}/vat-guide/registering.html,3`,
        `${T}/,9`,
        '',
      ].join('\n'),
    });
    expect(found).toEqual([]);
    const site = coverageReport(model).sites.find((s) => s.id === 'taxoffice')!;
    expect(site).toMatchObject({ urls: 7, redirected: 4, gone: 3, unmapped: 0, hits_covered: 194 });
    expect(site.by_rule).toEqual([
      { rule: 'rule 1 (prefix /news/)', status: 410, urls: 2, hits: 45 },
      { rule: 'global', status: 410, urls: 1, hits: 7 },
      { rule: 'rule 2 (match ^/r4d/(.*)$)', status: 301, urls: 1, hits: 30 },
      {
        rule: 'rule 3 (match ^/vat-guides?/(?<page>[a-z-]+)\\.html$)',
        status: 301,
        urls: 1,
        hits: 3,
      },
    ]);
  });

  it('writes the rules into the server block in the order nginx must try them', () => {
    const { model } = load({
      [SITE]: `${RULES_YML}  - prefix: /first/\n    status: 410\n    before_mappings: true\n`,
    });
    const conf = [...nginxConfig(model, { listen: '80', serverDir: '/srv' })].join('');
    const block = conf.slice(conf.indexOf('server_name www.taxoffice.example.org'));
    const lines = block.slice(block.indexOf('  location / {'), block.indexOf('\n}')).split('\n');
    expect(lines.slice(4)).toEqual([
      '    if ($legacy_path ~* "^/first(?:/|$)") { return 410; } # rule 4',
      '    if ($legacy_answer = "410") { return 410; }',
      '    if ($legacy_answer != "") { return 301 $legacy_answer; }',
      '    if ($legacy_path = "/") { return 301 "https://www.example.gov/departments/tax-office/"; }',
      '    if ($legacy_path ~* "^/news(?:/|$)") { return 410; } # rule 1',
      '    if ($legacy_path ~* "^/r4d/(.*)$") { return 301 "https://r4d.example.gov.uk/$1"; } # rule 2',
      '    if ($legacy_path ~* "^/vat-guides?/(?<page>[a-z-]+)\\\\.html$") { return 301 "https://www.example.gov/vat/"; } # rule 3',
      '    return 410; # global',
      '  }',
    ]);
  });
});

describe('a legacy site not yet retired (live: true)', () => {
  const LIVE_ROADS = `${ROADS_YML}live: true\n`;

  it('may be a redirect target, and gets no server block', () => {
    const { model, found } = load({
      'migrations-map/roads.yml': LIVE_ROADS,
      'migrations-map/taxoffice.csv': csv(`${T}/roads.html,${R}/licences.html,301`),
    });
    expect(found).toEqual([]);
    expect(model.mappings[0]).toMatchObject({ status: 301, target: `${R}/licences.html` });
    const conf = [...nginxConfig(model, { listen: '80', serverDir: '/srv' })].join('');
    expect(conf).toContain('server_name www.taxoffice.example.org');
    expect(conf).not.toContain('server_name www.roads.example.org');
  });

  it('once retired, resolves mappings into it through its own map, rules and home page', () => {
    const { model, found } = load({
      'migrations-map/roads.yml': `${ROADS_YML}rules:\n  - prefix: /forms/\n    status: 410\n`,
      'migrations-map/roads.csv': csv(`${R}/licences.html,/vat/rates/,301`),
      'migrations-map/taxoffice.csv': csv(
        `${T}/roads.html,${R}/licences.html,301`,
        `${T}/form.html,${R}/forms/d1.pdf,301`,
        `${T}/roads-home.html,${R}/,301`,
        `${T}/roads-lost.html,${R}/lost.html,301`,
      ),
    });
    const answers = Object.fromEntries(
      model.mappings
        .filter((m) => m.site === 'taxoffice')
        .map((m) => [m.url.path, m.target ?? 'gone']),
    );
    expect(answers).toEqual({
      '/roads.html': 'https://www.example.gov/vat/rates/',
      '/form.html': 'gone',
      '/roads-home.html': 'https://www.example.gov/departments/transport-department/',
    });
    expect(found.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'migrations-map/taxoffice.csv:2 MIGRATION_CHAIN',
      'migrations-map/taxoffice.csv:3 MIGRATION_CHAIN',
      'migrations-map/taxoffice.csv:4 MIGRATION_CHAIN',
      'migrations-map/taxoffice.csv:5 MIGRATION_TARGET_UNMAPPED',
    ]);
    expect(found[3]).toContain(
      'www.roads.example.org/lost.html is an old URL that is not mapped itself',
    );
  });

  it('says true or false', () => {
    expect(load({ 'migrations-map/roads.yml': `${ROADS_YML}live: soon\n` }).found).toEqual([
      'migrations-map/roads.yml:5 MIGRATION_SITE_FIELD_INVALID `live` must be true (not retired yet) or false.',
    ]);
  });
});

describe('regexProblem', () => {
  it.each([
    ['^/r4d/(.*)$', undefined],
    ['^/(news|press)/\\d{4}/', undefined],
    ['(?<=ab)c', undefined],
    ['^/a/(', 'Unterminated group'],
    ['[z-a]', 'Range out of order in character class'],
    ['(?<=a*)b', 'a lookbehind must have a fixed length'],
    ['\\u00e9', 'PCRE has no \\u escape; write the character itself'],
    ['[^]', '[] and [^] are JavaScript only'],
  ])('%s: %s', (source, why) => {
    expect(regexProblem(source)).toBe(why);
  });
});
