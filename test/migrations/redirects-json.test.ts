import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mapping, MigrationModel, SameDomainRedirect } from '../../src/migrations/model.ts';
import { redirectsJson } from '../../src/migrations/redirects-files.ts';

const model = (mappings: Mapping[], sameDomain: SameDomainRedirect[] = []): MigrationModel => ({
  siteUrl: 'https://www.example.gov/',
  sites: [],
  mappings,
  hits: [],
  sameDomain,
});

const mapping = (original: string, line: number, extra: Partial<Mapping> = {}): Mapping => ({
  site: 'old-agency',
  url: { original, host: 'old.example.gov', path: '/p', query: '', key: original.toLowerCase() },
  status: extra.target === null ? 410 : 301,
  target: 'https://www.example.gov/new',
  file: 'migrations-map/old-agency.csv',
  line,
  ...extra,
});

const text = (m: MigrationModel) => [...redirectsJson(m)].join('');

/** Whatever pieces it is written in, redirects.json is the file JSON.stringify makes of its data. */
const asStringifyWrites = (written: string) => `${JSON.stringify(JSON.parse(written), null, 1)}\n`;

describe('redirects.json', () => {
  it('is the text JSON.stringify writes, across the pieces of a large map', () => {
    const many = Array.from({ length: 25_001 }, (_, i) =>
      mapping(`http://old.example.gov/page-${i}`, i + 2, i % 3 ? {} : { target: null }),
    );
    const written = text(
      model(many, [{ from: '/old', to: '/new', file: 'content/a.md', line: 3 }]),
    );
    expect(written).toBe(asStringifyWrites(written));
    const data = JSON.parse(written);
    expect(data.legacy).toHaveLength(25_001);
    expect(data.legacy[25_000]).toMatchObject({
      old_url: 'http://old.example.gov/page-25000',
      source: 'migrations-map/old-agency.csv:25002',
    });
    expect(data.same_domain).toEqual([{ from: '/old', to: '/new', source: 'content/a.md:3' }]);
  });

  it('writes empty lists as JSON.stringify does', () => {
    const written = text(model([]));
    expect(written).toBe('{\n "legacy": [],\n "same_domain": []\n}\n');
  });

  it('keeps any text of a URL, archive link or page path as JSON.stringify would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.option(fc.string()))),
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 3 }),
        (urls, paths) => {
          const mappings = urls.map(([url, archive], i) =>
            mapping(url, i + 2, archive === null ? {} : { target: null, archive }),
          );
          const sameDomain = paths.map((from, i) => ({ from, to: '/to', file: 'c.md', line: i }));
          const written = text(model(mappings, sameDomain));
          expect(written).toBe(asStringifyWrites(written));
          expect(JSON.parse(written).legacy.map((r: { old_url: string }) => r.old_url)).toEqual(
            urls.map(([url]) => url),
          );
        },
      ),
    );
  });
});
