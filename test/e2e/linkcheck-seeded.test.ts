/**
 * Broken links of every kind, seeded into a built site: the in-process checker and linkinator
 * must both report each one, on the page that holds it. Where linkinator is known to miss one or
 * to name the wrong page (fragments: it checks a page's fragments only while it crawls that page,
 * and names that page's parent), the test says so and holds our checker to the full answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanSite } from '../../src/links/scan-site.ts';
import { type AuditResult, auditLinks } from '../../src/quality/linkinator.ts';
import { type ServedSite, serveSite } from '../../src/quality/static-server.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { buildInto } from '../site/helpers.ts';

interface Seed {
  kind: string;
  page: string;
  html: string;
  url: string;
}

/** Each seeded link: the built page it goes on, its markup, and the URL a checker must name. */
const SEEDS: Seed[] = [
  {
    kind: 'missing page',
    page: 'vat/register/index.html',
    html: '<a href="/vat/no-such-page/">x</a>',
    url: '/vat/no-such-page/',
  },
  {
    kind: 'missing asset',
    page: 'vat/rates/index.html',
    html: '<img src="/assets/images/no-such-image.png" alt="">',
    url: '/assets/images/no-such-image.png',
  },
  {
    kind: 'missing fragment on another page',
    page: 'vat/rates/index.html',
    html: '<a href="/vat/register/#no-such-heading">x</a>',
    url: '/vat/register/#no-such-heading',
  },
  {
    kind: 'missing fragment on the same page',
    page: 'vat/register/index.html',
    html: '<a href="#no-such-section">x</a>',
    url: '#no-such-section',
  },
  {
    kind: 'missing fragment on the home page, crawled first',
    page: 'vat/register/index.html',
    html: '<a href="/#no-such-home-section">x</a>',
    url: '/#no-such-home-section',
  },
  {
    kind: 'missing page, from a generated page',
    page: 'departments/index.html',
    html: '<a href="/departments/no-such-department/">x</a>',
    url: '/departments/no-such-department/',
  },
];

/** The page (site path) a broken URL is on, as a checker names it. */
const sitePath = (output: string) => `/${output.replace(/index\.html$/, '')}`;
const absolute = (seed: Seed) =>
  new URL(seed.url, `http://x${sitePath(seed.page)}`).pathname +
  new URL(seed.url, `http://x${sitePath(seed.page)}`).hash;

describe('seeded broken links', () => {
  let siteDir: string;
  let served: ServedSite;
  let audit: AuditResult;

  beforeAll(async () => {
    ({ siteDir } = await buildInto(fixtureSite()));
    for (const seed of SEEDS) {
      const file = path.join(siteDir, seed.page);
      fs.writeFileSync(
        file,
        fs.readFileSync(file, 'utf8').replace('</main>', `${seed.html}\n</main>`),
      );
    }
    served = await serveSite(siteDir);
    audit = await auditLinks(served.url, 'https://www.example.gov');
  });
  afterAll(() => served?.close());

  /** What linkinator said about a seed: on the right page, on another page, or nothing. */
  function linkinatorOn(seed: Seed): 'right page' | 'wrong page' | 'missed' {
    const reports = audit.broken.filter(
      (p) =>
        new URL(p.url, served.url).pathname + new URL(p.url, served.url).hash === absolute(seed),
    );
    if (
      reports.some(
        (p) =>
          p.parent !== undefined && new URL(p.parent, served.url).pathname === sitePath(seed.page),
      )
    )
      return 'right page';
    return reports.length ? 'wrong page' : 'missed';
  }

  it('our checker reports every one, on the page that holds it', async () => {
    const { broken } = await scanSite(siteDir);
    for (const seed of SEEDS) {
      expect(broken, seed.kind).toContainEqual(
        expect.objectContaining({ page: seed.page, url: seed.url }),
      );
    }
    expect(broken).toHaveLength(SEEDS.length);
  });

  it('linkinator reports every missing page and asset on the page that holds it', () => {
    for (const seed of SEEDS.filter((s) => !s.kind.includes('fragment')))
      expect(linkinatorOn(seed), seed.kind).toBe('right page');
  });

  it('linkinator misses fragments or names the wrong page for them (known gap, linkinator 7.6)', () => {
    const outcomes = Object.fromEntries(
      SEEDS.filter((s) => s.kind.includes('fragment')).map((s) => [s.kind, linkinatorOn(s)]),
    );
    console.log('linkinator on seeded fragments:', outcomes);
    // Fragments of a page already crawled are recorded but never checked, and a fragment found
    // is reported on the target page's parent (linkinator PRs #880, #881). Which of the two a
    // link meets depends on crawl order; neither reaches the right page. Our checker does.
    for (const [kind, outcome] of Object.entries(outcomes))
      expect(['missed', 'wrong page'], kind).toContain(outcome);
    // The start page is always crawled before any link to it is read: always missed.
    expect(outcomes['missing fragment on the home page, crawled first']).toBe('missed');
  });

  it('linkinator finds nothing else', () => {
    expect(
      audit.broken.filter(
        (p) =>
          !SEEDS.some(
            (s) =>
              new URL(p.url, served.url).pathname + new URL(p.url, served.url).hash === absolute(s),
          ),
      ),
    ).toEqual([]);
  });
});
