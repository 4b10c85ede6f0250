import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { productRoot, tmpDir } from '../site/helpers.ts';

/** Preloaded into a process: says on exit whether Nunjucks was ever loaded in it. */
const PROBE = `process.on('exit', () => {
  const loaded = Object.keys(require.cache).some((file) => file.includes('/node_modules/nunjucks/'));
  process.stderr.write(loaded ? 'NUNJUCKS LOADED\\n' : 'NUNJUCKS NOT LOADED\\n');
});`;

async function nunjucksLoaded(cwd: string, args: string[]): Promise<boolean> {
  const probe = path.join(tmpDir('nunjucks-probe-'), 'probe.cjs');
  fs.writeFileSync(probe, PROBE);
  const run = promisify(execFile)(process.execPath, ['--require', probe, ...args], { cwd });
  const { stderr } = await run.catch((failed: { stderr: string }) => failed);
  expect(stderr).toMatch(/NUNJUCKS (NOT )?LOADED/);
  return !stderr.includes('NUNJUCKS NOT LOADED');
}

// Loading Nunjucks slows every string method until it renders (src/render/load-nunjucks.ts):
// the check, which renders nothing, must never load it.
describe('Nunjucks is loaded only where something renders', () => {
  it('npm run check never loads it', async () => {
    const check = [
      path.join(productRoot, 'src/cli/compiled.mjs'),
      path.join(productRoot, 'src/cli/check.ts'),
    ];
    expect(await nunjucksLoaded(productRoot, check)).toBe(false);
  });

  it('rendering a GOV.UK block loads it (so the probe above can see it)', async () => {
    const script = path.join(tmpDir('nunjucks-render-'), 'render.ts');
    fs.writeFileSync(
      script,
      `import { createMarkdown } from ${JSON.stringify(path.join(productRoot, 'src/render/markdown/index.ts'))};
console.log(createMarkdown().render(':::inset\\nText.\\n:::\\n'));`,
    );
    expect(await nunjucksLoaded(productRoot, ['--import', 'tsx', script])).toBe(true);
  });
});
