import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../src/bench/generate-site.ts';
import { type BuildResult, buildSite } from '../../src/build/build-site.ts';
import { buildSummary } from '../../src/build/summary.ts';
import { readContentFiles } from '../../src/content/site-files.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

const productRoot = path.resolve(import.meta.dirname, '../..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'build-'));

describe('npm run build on the example content', () => {
  let out: string;
  let result: BuildResult;
  const read = (url: string) => fs.readFileSync(path.join(out, url, 'index.html'), 'utf8');

  beforeAll(async () => {
    out = path.join(tmp(), '_site');
    result = await buildSite({
      root: productRoot,
      siteDir: out,
      deployDir: path.join(tmp(), '_deploy'),
    });
  });

  it('builds without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('writes a page at the URL of its path inside the department folder', () => {
    const html = read('/vat/register/');
    expect(html).toMatch(/<h1 class="govuk-heading-xl"[^>]*>Register for VAT<\/h1>/);
    expect(html).toMatch(/<title>Register for VAT - Example Government<\/title>/);
    expect(html).toContain('<p class="govuk-body">');
  });

  it('rewrites links to Markdown files as page URLs', () => {
    const html = read('/cymraeg/trwydded-yrru/');
    expect(html).not.toMatch(/href="[^"]*\.md/);
    expect(html).toContain('href="/driving-licences/change-address/"');
  });

  it('renders the GOV.UK blocks through the components', () => {
    expect(read('/vat/register/')).toContain('<div class="govuk-warning-text">');
  });

  it('sets the language of a Welsh page', () => {
    expect(read('/cymraeg/trwydded-yrru/')).toMatch(/<html lang="cy"/);
  });

  it('leaves drafts out of the production build', () => {
    expect(fs.existsSync(path.join(out, 'news/river-quality-report-2026'))).toBe(false);
    expect(result.model!.pages.some((p) => p.data.draft)).toBe(false);
  });

  it('shows the withdrawn notice on a withdrawn page', () => {
    expect(read('/business/energy-rebate/')).toContain('This page was withdrawn on 1 April 2026');
  });

  it('summarises the pages of each department and the time taken', () => {
    const summary = buildSummary(result.model!, result.timings, result.totalMs);
    expect(summary).toMatch(/^Built \d+ pages from 5 departments in \d+\.\d\d s/);
    expect(summary).toMatch(/Tax Office\s+12/);
  });
});

describe('a failed build', () => {
  it('leaves the previous site whole and writes nothing', async () => {
    const root = fixtureSite();
    const siteDir = path.join(root, '_site');
    expect((await buildSite({ root })).ok).toBe(true);
    const before = fs.readFileSync(path.join(siteDir, 'vat/register/index.html'), 'utf8');

    fs.cpSync(path.join(productRoot, 'test/fixtures/bad/raw-html'), root, { recursive: true });
    const failed = await buildSite({ root });

    expect(failed.ok).toBe(false);
    expect(failed.diagnostics.map((d) => d.code)).toEqual([
      'HTML_ELEMENT_REFUSED',
      'HTML_HAS_MARKDOWN',
    ]);
    expect(fs.readFileSync(path.join(siteDir, 'vat/register/index.html'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(siteDir, 'vat/deadlines'))).toBe(false);
    expect(fs.readdirSync(root).filter((f) => f.includes('.next'))).toEqual([]);
  });

  it('exits non-zero from the command line, printing every diagnostic with file and line', async () => {
    const root = fixtureSite('bad/broken-links');
    const run = promisify(execFile)(
      path.join(productRoot, 'node_modules/.bin/tsx'),
      [path.join(productRoot, 'src/cli/build.ts')],
      { cwd: root },
    );
    const failure = await run.then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain(
      'content/tax-office/vat/deadlines.md:7  error    LINK_BROKEN  The link "old-rates.md"',
    );
    expect(failure?.stdout).toContain('3 errors, 0 warnings in 1 file');
  });

  it('prints every error of a long list down a shell pipe before it exits', () => {
    const root = tmp();
    generateSite(root, { pages: 300, mappings: 10 });
    const pages = readContentFiles(root).pages;
    const broken =
      '\nSee [the missing page](/no-such-page/), [another](/no-such-page-2/) and [a third](/no-such-page-3/).\n';
    for (const page of pages) fs.appendFileSync(path.join(root, page.file), broken);
    // As in CI, where the log is a pipe: the pipe holds 64 kB, the list of errors is larger.
    const tsx = path.join(productRoot, 'node_modules/.bin/tsx');
    const run = spawnSync(
      'sh',
      ['-c', `"${tsx}" "${path.join(productRoot, 'src/cli/build.ts')}" | cat`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.stdout.length).toBeGreaterThan(64 * 1024);
    expect(run.stdout).toContain(`${3 * pages.length} errors, 0 warnings in ${pages.length} files`);
  });
});
