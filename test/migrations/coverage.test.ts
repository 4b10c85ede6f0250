import { describe, expect, it } from 'vitest';
import { coverageReport, loadMigrations } from '../../src/migrations/index.ts';
import { csv, inputsFor, project, ROADS_YML, TAX_YML } from './helpers.ts';

const T = 'http://www.taxoffice.example.org';

describe('coverageReport', () => {
  const root = project({
    'migrations-map/taxoffice.yml': TAX_YML,
    'migrations-map/roads.yml': ROADS_YML,
    'migrations-map/taxoffice.csv': csv(
      `${T}/a,/vat/,301`,
      `${T}/b,,410`,
      `${T}/mapped-no-hits,/vat/,301`,
    ),
    'migrations-map/taxoffice.hits.csv': [
      'url,hits',
      `${T}/,500`, // the root: always covered (it redirects to the homepage)
      `${T}/a,100`,
      `${T}/A/?utm_source=x,20`, // the same URL as /a
      `${T}/b,30`,
      `${T}/lost,40`,
      `http://taxoffice.example.org/lost,10`, // alias: the same URL again
      `${T}/rare,1`,
      '',
    ].join('\n'),
    'migrations-map/roads.hits.csv': 'url,hits\nhttp://www.roads.example.org/page.php?id=1,9\n',
  });
  const report = coverageReport(loadMigrations(inputsFor(root)).model);

  it('counts distinct canonical URLs from mappings and hits, weighted by hits', () => {
    expect(report.sites.find((s) => s.id === 'taxoffice')).toEqual({
      id: 'taxoffice',
      host: 'www.taxoffice.example.org',
      live: false,
      by_rule: [],
      department: 'tax-office',
      urls: 6, // /, a, b, mapped-no-hits, lost, rare
      redirected: 3,
      gone: 1,
      unmapped: 2,
      coverage: 4 / 6,
      hits_total: 701,
      hits_covered: 650,
      hits_coverage: 650 / 701,
      top_unmapped: [
        { url: `${T}/lost`, hits: 50 },
        { url: `${T}/rare`, hits: 1 },
      ],
    });
  });

  it('adds the sites up in total', () => {
    expect(report.total).toMatchObject({
      urls: 7,
      redirected: 3,
      gone: 1,
      unmapped: 3,
      hits_total: 710,
      hits_covered: 650,
    });
    expect(report.total.top_unmapped[0]).toEqual({ url: `${T}/lost`, hits: 50 });
  });

  it('calls a site with nothing known fully covered rather than dividing by zero', () => {
    const empty = coverageReport(
      loadMigrations(inputsFor(project({ 'migrations-map/roads.yml': ROADS_YML }))).model,
    );
    expect(empty.sites[0]).toMatchObject({
      urls: 0,
      coverage: 1,
      hits_total: 0,
      hits_coverage: 1,
      top_unmapped: [],
    });
  });
});
