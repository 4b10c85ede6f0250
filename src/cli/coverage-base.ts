/**
 * The coverage of another commit, for `npm run coverage -- --base <ref>`: its content/ and
 * migrations-map/ are read with `git archive` into a temporary folder (the checkout and its .git
 * are left as they are) and the figures computed there as for the working tree.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrationInputsAt } from '../migrations/content-inputs.ts';
import { type CoverageReport, coverageReport, loadMigrations } from '../migrations/index.ts';

const FOLDERS = ['content', 'migrations-map'];

export function coverageAt(root: string, ref: string): CoverageReport {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], { encoding: 'buffer', maxBuffer: 1 << 30 });
  const commit = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).toString().trim();
  const inCommit = FOLDERS.filter(
    (folder) => git('ls-tree', '--name-only', commit, folder).toString().trim() !== '',
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coverage-base-'));
  try {
    if (inCommit.length > 0) {
      const tar = git('archive', '--format=tar', commit, '--', ...inCommit);
      execFileSync('tar', ['-x', '-C', dir], { input: tar });
    }
    return coverageReport(loadMigrations(migrationInputsAt(dir)).model);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
