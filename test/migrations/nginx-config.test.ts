import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/migrations/index.ts';
import { nginxConfig } from '../../src/migrations/nginx.ts';
import { bucketOf, hashSizes } from '../../src/migrations/nginx-hash.ts';
import { nginxMatch } from '../../src/migrations/nginx-keys.ts';
import { quote } from '../../src/migrations/nginx-text.ts';
import { nginxHeaderLines, securityHeaders } from '../../src/quality/security-headers.ts';
import { csv, inputsFor, project, ROADS_YML, TAX_YML } from './helpers.ts';

const T = 'http://www.taxoffice.example.org';

/** nginx's ngx_hash_key_lc in 64-bit arithmetic, the slow obvious way. */
function reference(key: string, size: number): number {
  let h = 0n;
  for (const byte of Buffer.from(key, 'latin1'))
    h = (h * 31n + BigInt(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)) & 0xffffffffffffffffn;
  return Number(h % BigInt(size));
}

describe('nginx hash sizing', () => {
  it('hashes keys as nginx does, long keys included', () => {
    for (const key of [
      'a',
      'www.roads.example.org/page.php?id=104',
      'X'.repeat(300),
      'caf\xc3\xa9',
    ]) {
      for (const size of [1, 1024, 200_003]) expect(bucketOf(key, size)).toBe(reference(key, size));
    }
  });

  it('sizes buckets so the fullest one fits, in cache lines', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `www.roads.example.org/page.php?id=${i}`);
    const { maxSize, bucketSize } = hashSizes(keys);
    expect(maxSize).toBe(10_000);
    expect(bucketSize % 64).toBe(0);
    const used = new Map<number, number>();
    for (const key of keys) {
      const b = reference(key, maxSize);
      used.set(b, (used.get(b) ?? 0) + 8 + Math.ceil((key.length + 2) / 8) * 8);
    }
    expect(Math.max(...used.values()) + 8).toBeLessThanOrEqual(bucketSize);
  });
});

describe('legacy-sites.conf', () => {
  const root = project({
    'migrations-map/taxoffice.yml': TAX_YML,
    'migrations-map/roads.yml': ROADS_YML,
    'migrations-map/taxoffice.csv': csv(
      `${T}/VAT/Guide.html,/vat/,301`,
      `${T}/news/old.html,,410`,
      `${T}/caf%C3%A9.html,/vat/rates/,301`,
    ),
    'migrations-map/roads.csv': csv(
      'http://www.roads.example.org/page.php?id=104&x=1,/vat/register/,301',
    ),
  });
  const { model } = loadMigrations(inputsFor(root));
  const conf = [
    ...nginxConfig(model, { listen: '127.0.0.1:8080', serverDir: '/srv/deploy/nginx' }),
  ].join('');

  it('maps decoded, lowercased keys to a Location or 410', () => {
    expect(conf).toContain(
      [
        'map $legacy_key $legacy_answer {',
        '  default "";',
        '  "www.roads.example.org/page.php?id=104" "https://www.example.gov/vat/register/";',
        '  "www.taxoffice.example.org/vat/guide.html" "https://www.example.gov/vat/";',
        '  "www.taxoffice.example.org/news/old.html" "410";',
        '  "www.taxoffice.example.org/caf\xc3\xa9.html" "https://www.example.gov/vat/rates/";',
        '}',
      ].join('\n'),
    );
  });

  it('sizes the map and server name hashes', () => {
    expect(conf).toMatch(
      /^map_hash_max_size 1024;\nmap_hash_bucket_size \d+;\nserver_names_hash_max_size 1024;\nserver_names_hash_bucket_size 128;$/m,
    );
  });

  it('answers every host and alias of a site, building the key from significant query keys only', () => {
    expect(conf).toContain(
      [
        '# roads: migrations-map/roads.yml',
        'server {',
        '  listen 127.0.0.1:8080;',
        '  server_name www.roads.example.org;',
        '  merge_slashes off;',
        // The legacy pages load the site's stylesheet and scripts from its origin (test/quality).
        ...nginxHeaderLines(
          securityHeaders({ source: 'https://www.example.gov', search: false }),
        ).map((line) => `  ${line}`),
        '  error_page 404 /__legacy/404.html;',
        '  error_page 410 /__legacy/410.html;',
        '  location = /robots.txt { root "/srv/deploy/nginx/legacy-hosts/$host"; types { } default_type text/plain; }',
        '  location ~ "^/sitemap(-[0-9]+)?\\.xml$" { root "/srv/deploy/nginx/legacy-hosts/$host"; types { } default_type application/xml; }',
        '  location ^~ /__legacy/ {',
        '    internal;',
        '    alias "/srv/deploy/nginx/legacy-sites/roads/";',
        '    types { } default_type text/html; charset utf-8; ssi on;',
        '  }',
        '  location / {',
        '    set $legacy_path $legacy_trimmed_uri;',
        '    set $legacy_query_parts "${legacy_arg_id}";',
        '    set $legacy_key "www.roads.example.org${legacy_path}${legacy_query}";',
        '    if ($legacy_answer = "410") { return 410; }',
        '    if ($legacy_answer != "") { return 301 $legacy_answer; }',
        '    if ($legacy_path = "/") { return 301 "https://www.example.gov/departments/transport-department/"; }',
        '    return 404;',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(conf).toContain('  server_name www.taxoffice.example.org taxoffice.example.org;');
  });

  it('keeps one entry when two canonical keys decode to the same bytes', () => {
    const [first] = model.mappings;
    const a = { ...first!, url: { ...first!.url, path: '/a%2fb', query: '' } };
    const b = {
      ...first!,
      url: { ...first!.url, path: '/a/b', query: '' },
      target: 'https://www.example.gov/vat/rates/',
    };
    expect(nginxMatch(a).key).toBe('www.roads.example.org/a/b');
    const text = [
      ...nginxConfig({ ...model, mappings: [a, b] }, { listen: '80', serverDir: '/srv' }),
    ].join('');
    expect(text.match(/"www\.roads\.example\.org\/a\/b"/g)).toHaveLength(1);
  });

  it('puts each entry of a large map on its own line, across the pieces it is written in', () => {
    const [first] = model.mappings;
    const many = Array.from({ length: 25_001 }, (_, i) => ({
      ...first!,
      url: { ...first!.url, path: `/page-${i}`, query: '', key: `www.roads.example.org/page-${i}` },
    }));
    const lines = [
      ...nginxConfig({ ...model, mappings: many }, { listen: '80', serverDir: '/srv' }),
    ]
      .join('')
      .split('\n');
    const start = lines.indexOf('map $legacy_key $legacy_answer {');
    const entries = lines.slice(start + 2, lines.indexOf('}', start));
    expect(entries).toHaveLength(25_001);
    expect(entries.every((line) => /^ {2}"[^"]+" "[^"]+";$/.test(line))).toBe(true);
    expect(entries[25_000]).toBe(
      '  "www.roads.example.org/page-25000" "https://www.example.gov/vat/register/";',
    );
  });

  it("quotes keys for nginx's parser", () => {
    expect(quote('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
  });
});
