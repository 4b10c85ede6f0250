/**
 * `npm run coverage -- --base <ref>` in a real temporary git repository: the base commit lacks
 * the Tax Office's 18 /sa/ rows, the working commit has them, and the command says what changed
 * per site, on the terminal and as the Markdown a pull request's summary shows.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageAt } from '../../src/cli/coverage-base.ts';
import { coverageChanges, describeChange } from '../../src/migrations/coverage-diff.ts';
import type { CoverageReport } from '../../src/migrations/index.ts';
import { productRoot, runCli } from '../check/helpers.ts';

const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'coverage-base-repo-'));
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.gov', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
let base = '';

beforeAll(() => {
  for (const folder of ['content', 'migrations-map'])
    fs.cpSync(path.join(productRoot, folder), path.join(repo, folder), { recursive: true });
  const csv = path.join(repo, 'migrations-map/taxoffice.csv');
  const full = fs.readFileSync(csv, 'utf8');
  fs.writeFileSync(
    csv,
    full
      .split('\n')
      .filter((row) => !row.includes('/sa/'))
      .join('\n'),
  );
  git('init', '--quiet', '--initial-branch=main');
  git('add', 'content', 'migrations-map');
  git('commit', '--quiet', '-m', 'Tax Office mappings without /sa/');
  base = git('rev-parse', 'HEAD');
  fs.writeFileSync(csv, full);
  git('commit', '--quiet', '-am', 'Map the /sa/ pages');
  // The working tree changes again after the commit: --base compares it, not HEAD.
  fs.appendFileSync(
    csv,
    'http://www.taxoffice.example.org/sa/appeals.html,/income-tax/self-assessment/,301\n',
  );
}, 60_000);

describe('npm run coverage -- --base <ref>', () => {
  it('says per site how many more URLs and how much more traffic are covered', async () => {
    const run = await runCli('coverage.ts', ['--base', base], repo);
    expect(run.code).toBe(0);
    const against = run.stdout
      .slice(run.stdout.indexOf(`Against ${base}:`))
      .trim()
      .split('\n');
    expect(against).toEqual([
      `Against ${base}:`,
      'ffyrdd: +0 URLs, +0.0% of traffic (coverage 90.9% -> 90.9%, traffic 98.2% -> 98.2%)',
      'roadresearch: +0 URLs, +0.0% of traffic (coverage 100.0% -> 100.0%, traffic 100.0% -> 100.0%)',
      'roads: +0 URLs, +0.0% of traffic (coverage 85.1% -> 85.1%, traffic 83.2% -> 83.2%)',
      expect.stringMatching(
        /^taxoffice: \+19 URLs, \+\d+\.\d% of traffic \(coverage \d+\.\d% -> 87\.4%, traffic \d+\.\d% -> 96\.\d%\)$/,
      ),
      expect.stringMatching(/^total: \+19 URLs, \+\d+\.\d% of traffic/),
    ]);
  }, 60_000);

  it('writes a Markdown table for $GITHUB_STEP_SUMMARY', async () => {
    const run = await runCli('coverage.ts', ['--base', 'HEAD~1', '--format', 'markdown'], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('### Migration coverage against `HEAD~1`');
    expect(run.stdout).toContain('| site | URLs covered | traffic | coverage | traffic coverage |');
    expect(run.stdout).toMatch(/\| taxoffice \| \+19 \| \+\d+\.\d% \|/);
  }, 60_000);

  it('fails with a fix when the commit is not there', async () => {
    const run = await runCli('coverage.ts', ['--base', 'no-such-branch'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read commit "no-such-branch" with git');
    expect(run.stderr).toContain('fetch-depth: 0');
  }, 60_000);

  it('reads the commit through git, leaving the working tree as it is', () => {
    const before = coverageAt(repo, base);
    expect(before.sites.find((s) => s.id === 'taxoffice')!.urls).toBeGreaterThan(0);
    expect(git('status', '--porcelain')).toBe('M migrations-map/taxoffice.csv');
  });
});

describe('describeChange', () => {
  const figures = (redirected: number, hits: number) => ({
    urls: 100,
    redirected,
    gone: 0,
    unmapped: 100 - redirected,
    coverage: redirected / 100,
    hits_total: 1000,
    hits_covered: hits,
    hits_coverage: hits / 1000,
    top_unmapped: [],
  });
  const site = (id: string, f: ReturnType<typeof figures>) => ({
    id,
    host: id,
    department: 'd',
    live: false,
    by_rule: [],
    ...f,
  });
  const report = (...sites: ReturnType<typeof site>[]): CoverageReport => ({
    sites,
    total: figures(0, 0),
  });

  it('names sites added and removed, and losses with a minus sign', () => {
    const changes = coverageChanges(
      report(site('old', figures(10, 100)), site('kept', figures(50, 500))),
      report(site('kept', figures(49, 468)), site('new', figures(20, 300))),
    );
    expect(changes.map(describeChange)).toEqual([
      'kept: −1 URL, −3.2% of traffic (coverage 50.0% -> 49.0%, traffic 50.0% -> 46.8%)',
      'new: new, 20 URLs covered of 100, 30.0% of traffic',
      'old: removed (it covered 10 URLs)',
      'total: +0 URLs, +0.0% of traffic (coverage 0.0% -> 0.0%, traffic 0.0% -> 0.0%)',
    ]);
  });
});
