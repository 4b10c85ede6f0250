/**
 * A build that fails late, after Eleventy has written every page, still leaves the previous
 * `_site/` and `_deploy/` exactly as they were: for a broken link (the link check stage) and for
 * a search index Pagefind cannot build. (Bad content, which fails before rendering, is covered
 * in test/build/build.test.ts.)
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { fixtureSite, writeFiles } from '../helpers/fixture-site.ts';

/** Every file of a folder and a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .map((file) => [
        path.relative(dir, file),
        createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
      ])
      .sort(),
  );
}

const newPage = (body: string) => ({
  'content/tax-office/vat/deadlines.md': `---\ntitle: VAT deadlines\ndescription: Deadlines.\npublished: 2024-02-01\n---\n\n${body}\n`,
});

async function builtSite() {
  const root = fixtureSite();
  expect((await buildSite({ root })).ok).toBe(true);
  return {
    root,
    site: snapshot(path.join(root, '_site')),
    deploy: snapshot(path.join(root, '_deploy')),
  };
}

function expectUnchanged(before: Awaited<ReturnType<typeof builtSite>>) {
  expect(snapshot(path.join(before.root, '_site'))).toEqual(before.site);
  expect(snapshot(path.join(before.root, '_deploy'))).toEqual(before.deploy);
  expect(fs.readdirSync(before.root).filter((f) => f.includes('.next'))).toEqual([]);
}

describe('a build that fails late leaves the previous site whole', () => {
  const env = { ...process.env };
  afterEach(() => {
    process.env.PAGEFIND_BINARY_PATH = env.PAGEFIND_BINARY_PATH;
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = env.PAGEFIND_EXTENDED_BINARY_PATH;
    for (const name of ['PAGEFIND_BINARY_PATH', 'PAGEFIND_EXTENDED_BINARY_PATH'])
      if (env[name] === undefined) delete process.env[name];
  });

  it('when a link is broken', async () => {
    const before = await builtSite();
    writeFiles(before.root, newPage('See [the register](register.md#no-such-heading).'));
    const failed = await buildSite({ root: before.root });
    expect(failed.ok).toBe(false);
    expect(failed.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'content/tax-office/vat/deadlines.md:7 LINK_FRAGMENT_MISSING',
    ]);
    expectUnchanged(before);
  });

  it('when the search index cannot be built', async () => {
    const before = await builtSite();
    writeFiles(before.root, newPage('A new page, to be indexed.'));
    // Pagefind's Node API runs its binary; this is how a missing or broken binary (an install on
    // another platform, say) meets the build. Pagefind's own variables name the binary.
    process.env.PAGEFIND_BINARY_PATH = process.env.PAGEFIND_EXTENDED_BINARY_PATH = path.join(
      before.root,
      'no-such-pagefind',
    );
    await expect(buildSite({ root: before.root })).rejects.toThrow(/Pagefind/);
    expectUnchanged(before);
    expect(fs.existsSync(path.join(before.root, '_site/vat/deadlines'))).toBe(false);
  });
});
