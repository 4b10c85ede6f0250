import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';

const build = async (drafts: boolean) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-'));
  const result = await buildSite({
    root: process.cwd(),
    siteDir: path.join(dir, 'site'),
    deployDir: path.join(dir, 'deploy'),
    drafts,
  });
  expect(result.ok).toBe(true);
  return fs.readFileSync(path.join(dir, 'site/departments/tax-office/index.html'), 'utf8');
};

describe('pages past their review date on a department page', () => {
  it('are listed for editors in the preview, with owner and due date', async () => {
    const html = await build(true);
    expect(html).toContain('For editors');
    expect(html).toMatch(/1 page is past its review date/);
    expect(html).toMatch(/href="\/income-tax\/rates\/">[^<]+<\/a>: due 1 June 2026/);
  });

  it('never appear on the public site', async () => {
    expect(await build(false)).not.toContain('review date');
  });
});
