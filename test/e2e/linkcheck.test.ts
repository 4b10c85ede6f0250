/**
 * The link audit, linkinator over a served site, finds nothing broken in the example site, at the
 * domain root and under a path prefix; and `npm run linkcheck` exits 0 on a good site and 1,
 * naming the link, on a broken one.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { auditLinks } from '../../src/quality/linkinator.ts';
import { serveSite } from '../../src/quality/static-server.ts';
import { buildInto, copyExample, productRoot } from '../site/helpers.ts';

const linkcheck = (cwd: string) =>
  promisify(execFile)(
    path.join(productRoot, 'node_modules/.bin/tsx'),
    [path.join(productRoot, 'src/cli/linkcheck.ts')],
    { cwd },
  ).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );

/** Serves a built site locally and runs the link audit over it. */
async function auditServed(
  siteDir: string,
  siteUrl: string,
  options?: Parameters<typeof serveSite>[1],
) {
  const served = await serveSite(siteDir, options);
  try {
    return await auditLinks(served.url, siteUrl);
  } finally {
    await served.close();
  }
}

describe('linkinator over the example site', () => {
  it('finds no broken link at the domain root', async () => {
    const { siteDir } = await buildInto(productRoot);
    const audit = await auditServed(siteDir, 'https://www.example.gov');
    expect(audit.broken).toEqual([]);
    expect(audit.checked).toBeGreaterThan(100);
  });

  it('finds no broken link under a path prefix, and npm run linkcheck agrees; a broken link fails it', async () => {
    const root = copyExample();
    const siteYml = path.join(root, 'content/_data/site.yml');
    fs.writeFileSync(
      siteYml,
      fs.readFileSync(siteYml, 'utf8').replace(/^url: .*$/m, 'url: https://example.github.io/gov/'),
    );
    const result = await buildSite({ root });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const audit = await auditServed(path.join(root, '_site'), 'https://example.github.io/gov/', {
      pathPrefix: '/gov/',
    });
    expect(audit.broken).toEqual([]);
    expect(audit.checked).toBeGreaterThan(100);

    const good = await linkcheck(root);
    expect(good.stdout).toMatch(/\d+ links OK, 0 broken/);
    expect(good.code).toBe(0);

    const page = path.join(root, '_site/vat/register/index.html');
    fs.writeFileSync(
      page,
      fs
        .readFileSync(page, 'utf8')
        .replace('</main>', '<a href="/gov/vat/no-such-page/">x</a></main>'),
    );
    const bad = await linkcheck(root);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('1 broken link:');
    expect(bad.stdout).toMatch(/vat\/no-such-page\/\n\s+on \S*\/gov\/vat\/register\/: HTTP 404/);
  });
});
