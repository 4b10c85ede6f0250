/**
 * Pagefind numbers pages in the order they reach it. A site's pages render in no fixed order, and
 * a sharded build's come from several shards, so the index must not depend on that order.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/build-index.ts';
import { treeDigest } from '../helpers/tree.ts';
import { tmpDir } from '../site/helpers.ts';

const page = (title: string, department: string) =>
  `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${title}</h1>` +
  `<p>About ${title.toLowerCase()} for everyone.</p>` +
  `<span data-pagefind-filter="department">${department}</span></main></body></html>`;

const documents: Array<[string, string]> = [
  ['vat/index.html', page('VAT', 'Tax Office')],
  ['vat/rates/index.html', page('VAT rates', 'Tax Office')],
  ['flooding/index.html', page('Flooding', 'Environment Agency')],
  ['prescriptions/index.html', page('Prescriptions', 'Health Agency')],
  ['driving/index.html', page('Driving', 'Department for Transport')],
];

async function indexOf(order: Array<[string, string]>): Promise<Record<string, string>> {
  const siteDir = tmpDir('search-order-');
  const index = SearchIndex.start();
  await index.write(siteDir, new Map([['en-1-of-1', new Map(order)]]));
  return treeDigest(path.join(siteDir, 'pagefind'));
}

describe('the search index', () => {
  it('is the same files, byte for byte, whatever order the pages arrive in', async () => {
    const forwards = await indexOf(documents);
    const backwards = await indexOf([...documents].reverse());
    const shuffled = await indexOf([2, 4, 0, 3, 1].map((i) => documents[i]!));
    expect(Object.keys(forwards).some((file) => file.startsWith('en-1-of-1/filter/'))).toBe(true);
    expect(backwards).toEqual(forwards);
    expect(shuffled).toEqual(forwards);
  });
});
