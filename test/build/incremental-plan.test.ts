/** Which pages an incremental build renders again, worked out from the keys and the answers its links were given. */
import { describe, expect, it } from 'vitest';
import type { RenderKeys } from '../../src/build/incremental/keys.ts';
import { planRender } from '../../src/build/incremental/plan.ts';
import type { CachedPage, RenderCacheFile } from '../../src/build/incremental/render-cache.ts';
import type { LinkTargets } from '../../src/render/markdown/index.ts';
import { type LinkQuery, recordingTargets } from '../../src/render/markdown/link-queries.ts';

/** Link targets where `urls` gives each Markdown file's page URL. */
const targetsWith = (urls: Record<string, string>): LinkTargets => ({
  urlOfFile: (file) => urls[file],
  isPublished: (path) => Object.values(urls).includes(path),
  fileAt: () => undefined,
  isRefusedFile: () => false,
  nearestFile: () => undefined,
});

const cachedPage = (key: string, linkQueries: LinkQuery[] = []): CachedPage => ({
  key,
  linkQueries,
  output: `${key}/index.html`,
  links: { ids: [], links: [] },
  renderedLinks: [],
  usedFiles: [],
  diagnostics: [],
});

describe('planRender', () => {
  const before = { 'content/a/vat.md': '/vat/', 'content/a/rates.md': '/vat/rates/' };
  // The VAT page asked for the rates page's URL when it rendered.
  const asked: LinkQuery[] = [];
  recordingTargets(targetsWith(before), asked).urlOfFile('content/a/rates.md');
  const cache: RenderCacheFile = {
    version: 3,
    site: 'site-1',
    inputs: 'inputs-1',
    pages: {
      'content/a/vat.md': cachedPage('vat', asked),
      'content/a/rates.md': cachedPage('rates'),
    },
    generated: { key: 'generated-1', outputs: {} },
  };
  const keys = (pages: Record<string, string>, site = 'site-1'): RenderKeys => ({
    site,
    inputs: 'inputs-1',
    generated: 'generated-1',
    pages: new Map(Object.entries(pages)),
  });

  it('copies every page when nothing changed', () => {
    const plan = planRender(
      cache,
      keys({ 'content/a/vat.md': 'vat', 'content/a/rates.md': 'rates' }),
      targetsWith(before),
    );
    expect([...plan.render]).toEqual([]);
    expect(plan.generated).toBe(false);
  });

  it('renders a page again when a page it links to has moved, though its own file is the same', () => {
    const moved = { ...before, 'content/a/rates.md': '/vat/rates-and-thresholds/' };
    const plan = planRender(
      cache,
      keys({ 'content/a/vat.md': 'vat', 'content/a/rates.md': 'rates-2' }),
      targetsWith(moved),
    );
    expect(Object.fromEntries(plan.render)).toEqual({
      'content/a/vat.md': 'links changed',
      'content/a/rates.md': 'changed',
    });
  });

  it('renders everything when the site changed, and removes what a deleted page published', () => {
    const plan = planRender(
      cache,
      keys({ 'content/a/vat.md': 'vat' }, 'site-2'),
      targetsWith(before),
    );
    expect(Object.fromEntries(plan.render)).toEqual({ 'content/a/vat.md': 'site changed' });
    expect(plan.generated).toBe(true);
    expect(plan.removed).toEqual(['vat/index.html', 'rates/index.html']);
  });
});
