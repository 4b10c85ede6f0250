import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCheck } from '../../src/check/index.ts';
import { type ImportOptions, runImport } from '../../src/import/index.ts';
import type { ImportReport } from '../../src/import/report.ts';
import { read } from '../check/helpers.ts';
import { fixtureSite, fixturesDir, writeFiles } from '../helpers/fixture-site.ts';

export const DEPARTMENT = 'flood-agency';
export const HOST = 'www.flood-agency.example';

/** The base fixture with a new department, and one of test/fixtures/import/ imported into it. */
export async function importFixture(
  source: string,
  options: Partial<ImportOptions> = {},
): Promise<{ root: string; report: ImportReport }> {
  const root = fixtureSite();
  writeFiles(root, {
    [`content/${DEPARTMENT}/_department.yml`]:
      'name: Flood Agency\ndescription: We warn people about floods.\n',
  });
  const report = await runImport({
    root,
    folder: path.join(fixturesDir, 'import', source),
    department: DEPARTMENT,
    host: HOST,
    under: '',
    topics: new Map(),
    site: 'flood-agency',
    today: '2026-12-01',
    dryRun: false,
    ...options,
  });
  return { root, report };
}

/** A written page: its front matter and its body. */
export function importedPage(root: string, page: string) {
  const text = read(root, `content/${DEPARTMENT}/${page}.md`);
  const [, yaml = '', ...body] = text.split(/^---$/m);
  return { data: parse(yaml) as Record<string, unknown>, body: body.join('---').trim() };
}

export const importedFile = (root: string, file: string) =>
  fs.existsSync(path.join(root, 'content', DEPARTMENT, file));

/** What `npm run check` would report as errors on the project. */
export async function checkErrors(root: string): Promise<string[]> {
  const { diagnostics } = await runCheck({ root, worker: false, today: '2026-12-01' });
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`);
}
