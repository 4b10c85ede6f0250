/**
 * The search index of the example content, built as `npm run build` builds it and queried from
 * Node through the `pagefind.js` the site ships (test/search/pagefind-node.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { productRoot, tmpDir } from '../site/helpers.ts';
import { type NodeIndex, openIndex } from './pagefind-node.ts';

const urls = (results: { url: string }[]) => results.map((r) => r.url);

describe('the search index of the example content', () => {
  let siteDir: string;
  let index: NodeIndex;

  beforeAll(async () => {
    siteDir = path.join(tmpDir('search-site-'), '_site');
    const result = await buildSite({
      root: productRoot,
      siteDir,
      deployDir: path.join(tmpDir('search-deploy-'), '_deploy'),
      // Several parts, as a large site's search has, so results are merged across them.
      pagesPerSearchPart: 20,
    });
    if (!result.ok)
      throw new Error(`The build failed: ${JSON.stringify(result.diagnostics, null, 2)}`);
    index = await openIndex(siteDir);
  });

  afterAll(async () => {
    await index?.close();
  });

  it('finds pages by the words of their title and body, the best match first', async () => {
    const vat = urls(await index.search('vat'));
    expect(vat.slice(0, 3).sort()).toEqual(['/vat/', '/vat/rates/', '/vat/register/']);
    expect(urls(await index.search('flood risk'))).toContain('/flooding/check-flood-risk/');
    // "prescription" is stemmed: "prescriptions" finds it too.
    expect(urls(await index.search('prescriptions'))).toContain(
      '/prescriptions/free-prescriptions/',
    );
  });

  it('finds a document by its attachment title, leading to the page that holds it', async () => {
    expect(urls(await index.search('personal flood plan'))[0]).toBe('/flooding/check-flood-risk/');
  });

  it('holds title, summary, department and published date for each result', async () => {
    const [register] = (await index.search('register for vat')).filter(
      (r) => r.url === '/vat/register/',
    );
    expect(register?.meta).toMatchObject({
      title: 'Register for VAT',
      description:
        'When you must register your business for VAT, how to register and what happens next.',
      department: 'Tax Office',
      published: '2025-10-01',
    });
    expect(register?.filters).toEqual({
      department: ['Tax Office'],
      type: ['Guide'],
      topic: ['Money and tax', 'Business and self-employed'],
    });
  });

  it('indexes only the main content: no header, footer, breadcrumbs, metadata or history', async () => {
    const [register] = (await index.search('register for vat')).filter(
      (r) => r.url === '/vat/register/',
    );
    const content = register!.content;
    expect(content).toMatch(/^Register for VAT\. When you must register/);
    for (const outside of [
      'Example Government',
      'Skip to main content',
      'Home',
      'Published',
      'From:',
      'Contents',
      'Updates to this page',
      'Related content',
      'Cookies',
    ]) {
      expect(content, outside).not.toContain(outside);
    }
  });

  it('narrows results with the department, type and topic filters', async () => {
    const all = urls(await index.search('business'));
    const taxOffice = urls(
      await index.search('business', { filters: { department: { any: ['Tax Office'] } } }),
    );
    expect(taxOffice.length).toBeGreaterThan(0);
    expect(taxOffice.length).toBeLessThan(all.length);
    expect(all).toEqual(expect.arrayContaining(taxOffice));
    expect(urls(await index.search('vat', { filters: { type: { any: ['News story'] } } }))).toEqual(
      ['/news/vat-threshold-rises/'],
    );
    // A page published jointly is found under each of its departments.
    expect(
      urls(await index.search('grant', { filters: { department: { any: ['Tax Office'] } } })),
    ).toContain('/energy/business-energy-grant/');
    const topics = await index.filters();
    expect(Object.keys(topics.topic ?? {})).toContain('Money and tax');
    expect(Object.keys(topics.type ?? {}).sort()).toEqual([
      'Guide',
      'News story',
      'Page',
      'Service',
    ]);
  });

  it('sorts by published date, newest first', async () => {
    const news = await index.search(null, {
      filters: { type: { any: ['News story'] } },
      sort: { published: 'desc' },
    });
    const dates = news.map((r) => r.meta.published!);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('never returns withdrawn pages, drafts or generated listings', async () => {
    const everything = urls(await index.search(null, { filters: {} }));
    const byWords = [
      ...urls(await index.search('energy rebate')),
      ...urls(await index.search('river quality report')),
      ...urls(await index.search('departments')),
    ];
    for (const url of [...everything, ...byWords]) {
      expect(url).not.toMatch(
        /^\/(business\/energy-rebate|news\/river-quality-report-2026|departments|topics|search|migrations)\//,
      );
      expect(url).not.toBe('/');
    }
  });

  it('indexes Welsh pages in a Welsh index of their own', async () => {
    const list = JSON.parse(fs.readFileSync(path.join(siteDir, 'pagefind/indexes.json'), 'utf8'));
    expect(Object.keys(list.languages).sort()).toEqual(['cy', 'en']);
    // Only the departments with Welsh pages are searched in Welsh.
    expect(list.languages.cy.length).toBeLessThan(list.languages.en.length);
    expect(urls(await index.search('trwydded'))).not.toContain('/cymraeg/trwydded-yrru/');
    const welsh = await openIndex(siteDir, 'cy');
    try {
      // Every Welsh page on driving licences, and no English one.
      const found = urls(await welsh.search('trwydded'));
      expect(found).toContain('/cymraeg/trwydded-yrru/');
      expect(found.length).toBeGreaterThan(1);
      expect(found.every((url) => url.startsWith('/cymraeg/'))).toBe(true);
    } finally {
      await welsh.close();
    }
  });

  it('is in parts of about 20 pages, one language each, publishing only the files the search page uses', () => {
    const folder = path.join(siteDir, 'pagefind');
    const list = JSON.parse(fs.readFileSync(path.join(folder, 'indexes.json'), 'utf8'));
    expect(list.languages).toEqual({
      cy: ['cy-1-of-1'],
      en: ['en-1-of-3', 'en-2-of-3', 'en-3-of-3'],
    });
    for (const part of [...list.languages.cy, ...list.languages.en]) {
      const files = fs.readdirSync(path.join(folder, part));
      expect(files).toEqual(
        expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']),
      );
      expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
    }
  });

  it('sorts every page by date, the newest first, whichever part holds it', async () => {
    const news = await index.search(null, { sort: { published: 'desc' } });
    expect(news.length).toBeGreaterThan(40);
    const dates = news.map((r) => r.meta.published!);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
