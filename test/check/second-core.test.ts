import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/bench/generate-site.ts';
import { runCheck } from '../../src/check/index.ts';
import { readContentFiles } from '../../src/content/site-files.ts';

const today = '2026-01-01';

describe('npm run check with a second core', () => {
  it('reports on a 400-page site exactly what one core reports, problems planted in every share included', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-cores-'));
    generateSite(root, { pages: 400, mappings: 500 });
    const edit = (file: string, change: (text: string) => string) =>
      fs.writeFileSync(
        path.join(root, file),
        change(fs.readFileSync(path.join(root, file), 'utf8')),
      );
    // Pages go out in batches of 100 in file order: the worker takes the first two, this thread the third.
    const files = readContentFiles(root).pages.map((p) => p.file);
    for (const at of [0, 250]) {
      edit(files[at]!, (text) => text.replace('title: ', 'title: [unclosed '));
      edit(files[at + 1]!, (text) => `${text}\nTODO: write the rest.\n`);
      edit(files[at + 2]!, (text) => `${text}\nSee [the missing page](/no-such-page/).\n`);
    }
    edit(
      'migrations-map/legacy.csv',
      (text) => `${text}http://www.legacy.example.org/extra.html,/area-0/page-1/,302\n`,
    );

    const one = await runCheck({ root, today, worker: false });
    const two = await runCheck({ root, today });

    const codes = new Set(one.diagnostics.map((d) => d.code));
    for (const code of [
      'FRONT_MATTER_YAML',
      'PLACEHOLDER_LEFT',
      'LINK_BROKEN',
      'MIGRATION_UNKNOWN_STATUS',
    ])
      expect(codes).toContain(code);
    expect(two.diagnostics).toEqual(one.diagnostics);
    expect(two.pages).toEqual(one.pages);
    expect(two.pages).toHaveLength(398);
    for (const at of [1, 2, 251, 252])
      expect(one.diagnostics.filter((d) => d.file === files[at])).not.toEqual([]);
  });
});
