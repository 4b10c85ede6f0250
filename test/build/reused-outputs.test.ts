import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdoptedCache } from '../../src/build/incremental/reused-outputs.ts';
import { treeDigest } from '../helpers/tree.ts';

/** A cache's copy of a site: two pages, the stylesheet, and a folder a removed page left empty. */
function cachedSite() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'adopted-'));
  const cacheSite = path.join(root, 'cache/site');
  for (const [file, text] of [
    ['vat/index.html', 'VAT'],
    ['vat/rates/index.html', 'Rates'],
    ['assets/site.css', 'css'],
  ] as const) {
    fs.mkdirSync(path.dirname(path.join(cacheSite, file)), { recursive: true });
    fs.writeFileSync(path.join(cacheSite, file), text);
  }
  fs.mkdirSync(path.join(cacheSite, 'gone/page'), { recursive: true });
  const staging = path.join(root, '_site.next-1');
  fs.mkdirSync(staging);
  const pages = new Set(['vat/index.html', 'vat/rates/index.html']);
  const adopted = AdoptedCache.adopt(cacheSite, staging, (file) => pages.has(file))!;
  return { cacheSite, staging, adopted };
}

describe("the cache's copy of the site taken as the staged site", () => {
  it("keeps only the previous build's pages, and no empty folder", () => {
    const { cacheSite, staging, adopted } = cachedSite();
    expect(fs.existsSync(cacheSite)).toBe(false);
    expect(treeDigest(staging)).toEqual({
      'vat/': 'folder',
      'vat/index.html': expect.any(String),
      'vat/rates/': 'folder',
      'vat/rates/index.html': expect.any(String),
    });
    expect(adopted.has('vat/rates/index.html')).toBe(true);
    expect(adopted.has('assets/site.css')).toBe(false);
  });

  it('lets go of a kept page before Eleventy writes it, so the published copy is not written into', () => {
    const { staging, adopted } = cachedSite();
    // The published site holds the same file: a hard link to it, as the cache's copy is.
    const published = path.join(staging, '..', 'published-vat.html');
    fs.linkSync(path.join(staging, 'vat/index.html'), published);
    adopted.released('vat/index.html');
    fs.writeFileSync(path.join(staging, 'vat/index.html'), 'VAT, rendered again');
    expect(fs.readFileSync(published, 'utf8')).toBe('VAT');
    expect(adopted.has('vat/index.html')).toBe(false);
  });

  it('drops a page with the folders it leaves empty', () => {
    const { staging, adopted } = cachedSite();
    adopted.drop('vat/rates/index.html');
    expect(Object.keys(treeDigest(staging))).toEqual(['vat/', 'vat/index.html']);
    expect(adopted.has('vat/rates/index.html')).toBe(false);
  });

  it("puts back, when the build fails, what it still holds of the cache, not the build's own files", () => {
    const { cacheSite, staging, adopted } = cachedSite();
    adopted.drop('vat/index.html');
    fs.writeFileSync(path.join(staging, 'vat/index.html'), 'half-written');
    adopted.failed();
    expect(fs.existsSync(staging)).toBe(false);
    expect(Object.keys(treeDigest(cacheSite))).toEqual([
      'vat/',
      'vat/rates/',
      'vat/rates/index.html',
    ]);
  });

  it('puts nothing back over a cache another build has made since', () => {
    const { cacheSite, staging, adopted } = cachedSite();
    fs.mkdirSync(cacheSite, { recursive: true });
    fs.writeFileSync(path.join(cacheSite, 'newer.html'), 'newer');
    adopted.failed();
    expect(Object.keys(treeDigest(cacheSite))).toEqual(['newer.html']);
    expect(fs.existsSync(staging)).toBe(true);
  });
});
