import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compiledCache } from '../../src/cli/compiled.mjs';
import { fixtureSite, writeFiles } from '../helpers/fixture-site.ts';

const productRoot = path.resolve(import.meta.dirname, '../..');
const name = `compiled-test-${process.pid}`;
const tool = path.join(productRoot, 'src/cli', `${name}.ts`);
const run = (...args: string[]) =>
  execFileSync(
    process.execPath,
    [path.join(productRoot, 'src/cli/compiled.mjs'), `src/cli/${name}.ts`, ...args],
    { cwd: productRoot, encoding: 'utf8' },
  );
/** Writes the tool as saved `secondsAgo`: the bundle is judged by its files' times and sizes. */
const writeTool = (word: string, secondsAgo = 10) => {
  fs.writeFileSync(
    tool,
    `const word: string = '${word}';\nconsole.log(word, process.argv.slice(2).join(','), import.meta.url);\n`,
  );
  const saved = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(tool, saved, saved);
};

describe('node src/cli/compiled.mjs (how npm run check runs)', () => {
  afterEach(() => {
    fs.rmSync(tool, { force: true });
    fs.rmSync(path.join(compiledCache, `cli-${name}`), { recursive: true, force: true });
  });

  it("runs a tool from its bundle with its arguments, where the tool's own file is", () => {
    writeTool('first');
    expect(run('a', 'b').trim()).toBe(`first a,b ${pathToFileURL(tool).href}`);
  });

  it('makes the bundle again when a source file changes, so it never runs stale code', () => {
    writeTool('one', 10);
    expect(run().trim()).toMatch(/^one /);
    expect(run().trim()).toMatch(/^one /);
    // Same size, saved later: an edit of one letter.
    writeTool('two', 5);
    expect(run().trim()).toMatch(/^two /);
  });
});

describe('npm run build, run from its bundle', () => {
  it('builds a site with the settings of .eleventy.ts: Markdown is never run through Nunjucks', () => {
    const root = fixtureSite();
    writeFiles(root, {
      'content/tax-office/vat/braces.md':
        '---\ntitle: Braces\ndescription: Text with braces.\npublished: 2024-03-01\n---\n\nWrite {{ name }} in the form.\n',
    });
    execFileSync(
      process.execPath,
      [path.join(productRoot, 'src/cli/compiled.mjs'), 'src/cli/build.ts'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const page = fs.readFileSync(path.join(root, '_site/vat/braces/index.html'), 'utf8');
    expect(page).toContain('Write {{ name }} in the form.');
    expect(fs.existsSync(path.join(root, '_site/pagefind/indexes.json'))).toBe(true);
  });
});
