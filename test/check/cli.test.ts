import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/bench/generate-site.ts';
import { checkSite, productRoot, runCli, write } from './helpers.ts';

const TODAY = ['--today', '2025-01-01'];

describe('npm run check from the command line', () => {
  it('exits 0 on a clean site, giving each page its reading age and the time taken', async () => {
    const run = await runCli('check.ts', TODAY, checkSite('published'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^0 errors, 0 warnings\n/);
    expect(run.stdout).toContain('content/tax-office/vat/register.md  reading age 8  no problems');
    expect(run.stdout).toMatch(/Checked 3 pages in \d+\.\d\d s\n$/);
  });

  it('exits 0 when there are only warnings, grouped by file with a summary', async () => {
    const run = await runCli('check.ts', TODAY, checkSite('published', 'style'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'content/tax-office/vat/style.md  reading age 8\n' +
        '  content/tax-office/vat/style.md:2:8  warning  ALL_CAPS  "VAT GUIDANCE FOR BUSINESSES" is written in capital letters',
    );
    expect(run.stdout).toContain('0 errors, 14 warnings in 3 files');
  });

  it('exits 1 on an error, and prints it as a GitHub annotation with --format github', async () => {
    const root = checkSite('published');
    write(
      root,
      'content/tax-office/vat/broken.md',
      '---\ntitle: Broken\ndescription: A page with a broken link.\npublished: 2024-01-01\n---\n\nSee [the rates](/vat/ratez/).\n',
    );
    const run = await runCli('check.ts', [...TODAY, '--format', 'github'], root);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      '::error file=content/tax-office/vat/broken.md,line=7,title=LINK_BROKEN::The link "/vat/ratez/" points at /vat/ratez/, which this site does not publish.%0Afix: Check the address against the page you mean; site paths look like /vat/register/.',
      '1 error, 0 warnings in 1 file',
      expect.stringMatching(/^Checked 4 pages in \d+\.\d\d s$/),
      '',
    ]);
  });

  it('prints JSON for tools with --format json', async () => {
    const run = await runCli(
      'check.ts',
      [...TODAY, '--format', 'json'],
      checkSite('published', 'style'),
    );
    const report = JSON.parse(run.stdout);
    expect(run.code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.summary).toEqual({ errors: 0, warnings: 14, files: 3 });
    expect(report.diagnostics[0]).toEqual({
      code: 'STYLE_CHECK_UNKNOWN',
      severity: 'warning',
      file: 'content/digital-service/_department.yml',
      line: 7,
      column: 3,
      message: '"all_cap" under style_checks is not a style check, so it changes nothing.',
      fix: 'Rename it to "all_caps".',
    });
    expect(report.pages).toContainEqual({
      file: 'content/tax-office/vat/style.md',
      url: '/vat/style/',
      reading_age: 8,
      words: 71,
    });
    expect(typeof report.seconds).toBe('number');
  });

  it("sends a large site's whole report down a shell pipe, checked on two threads", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-pipe-'));
    generateSite(root, { pages: 400, mappings: 100 });
    // As in `npm run check -- --format json | jq`: the pipe holds 64 kB, the report is larger.
    const check = `node "${path.join(productRoot, 'src/cli/compiled.mjs')}" src/cli/check.ts`; // as npm run check
    const stdout = execSync(`${check} --format json | cat`, {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout.length).toBeGreaterThan(64 * 1024);
    const report = JSON.parse(stdout);
    expect(report.pages).toHaveLength(400);
    expect(report.summary.warnings).toBe(report.diagnostics.length);
  });

  it('given paths, reports only their problems, and names a path that is not there', async () => {
    const run = await runCli(
      'check.ts',
      [...TODAY, 'content/digital-service', 'content/nowhere.md'],
      checkSite('published', 'style'),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('content/tax-office/vat/style.md');
    expect(run.stdout).toContain(
      'content/digital-service/help/long.md:7:1  warning  READING_AGE_HIGH',
    );
    expect(run.stdout).toContain(
      'content/nowhere.md  error    CHECK_PATH_NOT_FOUND  There is no content or migrations file at content/nowhere.md.',
    );
    expect(run.stdout).toMatch(/Checked 2 of 5 pages in/);
  });

  it('refuses an unknown format', async () => {
    const run = await runCli('check.ts', ['--format', 'xml'], checkSite('published'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown --format "xml": use terminal, github, json.');
  });
});
