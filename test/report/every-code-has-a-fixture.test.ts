import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { buildShard } from '../../src/build/shards/build-shard.ts';
import { mergeShards } from '../../src/build/shards/merge-shards.ts';
import { runCheck } from '../../src/check/index.ts';
import { ENTRIES } from '../../src/report/catalogue/index.ts';
import { productRoot, runCli } from '../check/helpers.ts';
import { fixtureSite, fixturesDir } from '../helpers/fixture-site.ts';

/** Every folder of these groups is laid over the base fixture, as the tests of each group do. */
const OVERLAY_GROUPS = ['bad', 'check', 'migrations'];
/** Whole sites, checked as they are: what cannot be shown by adding files to the base. */
const WHOLE_SITES = ['sites/without-data'];

const overlays = [
  ...OVERLAY_GROUPS.flatMap((group) =>
    fs.readdirSync(path.join(fixturesDir, group)).map((name) => `${group}/${name}`),
  ),
  'fix',
];

function wholeSite(fixture: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-site-'));
  fs.cpSync(path.join(fixturesDir, fixture), root, { recursive: true });
  return root;
}

/** Shards of two splits, one given twice, one missing, a folder that is none, and content changed since. */
async function mergeOfMismatchedShards() {
  const root = fixtureSite();
  await buildShard({ root, shard: { index: 1, count: 2 } });
  await buildShard({ root, shard: { index: 2, count: 3 } });
  fs.appendFileSync(path.join(root, 'content/tax-office/vat/rates.md'), '\nOne more line.\n');
  const shards = ['_shards/1-of-2', '_shards/1-of-2', '_shards/2-of-3', 'content'];
  return (await mergeShards({ root, shards })).diagnostics;
}

/**
 * The other half of the catalogue's promise: every code it declares is one the product really
 * reports. The real check runs on every fixture and on the example content, the real build on the
 * fixture whose problems only a built site shows, and the command line on a path that is not
 * there; a code none of them reports is dead, or lacks the fixture that shows it.
 */
describe('every catalogued code is reported by some fixture', () => {
  const emitted = new Map<string, string>();
  const collect = (source: string, codes: Iterable<{ code: string }>) => {
    for (const { code } of codes) if (!emitted.has(code)) emitted.set(code, source);
  };

  beforeAll(async () => {
    for (const overlay of overlays)
      collect(overlay, (await runCheck({ root: fixtureSite(overlay), worker: false })).diagnostics);
    for (const site of WHOLE_SITES)
      collect(site, (await runCheck({ root: wholeSite(site), worker: false })).diagnostics);
    collect(
      'the example content',
      (await runCheck({ root: productRoot, worker: false })).diagnostics,
    );
    collect(
      'bad/built-links, built',
      (await buildSite({ root: fixtureSite('bad/built-links') })).diagnostics,
    );
    collect('shards that make no site, merged', await mergeOfMismatchedShards());
    const cli = await runCli('check.ts', ['--format', 'json', 'content/nowhere.md'], fixtureSite());
    collect('npm run check with a missing path', JSON.parse(cli.stdout).diagnostics);
  }, 180_000);

  it('reports each of them', () => {
    expect(ENTRIES.map((e) => e.code).filter((code) => !emitted.has(code))).toEqual([]);
  });

  it('reports no code the catalogue does not declare', () => {
    const declared = new Set(ENTRIES.map((e) => e.code));
    expect([...emitted.keys()].filter((code) => !declared.has(code))).toEqual([]);
  });
});
