import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productRoot, tmpDir } from './helpers.ts';

/** A free localhost port for the preview server. */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until `check` holds, polling, or fails with what it waited for and the preview's output. */
async function eventually(what: string, check: () => boolean, log: () => string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}. Preview output:\n${log()}`);
}

// `npm start` runs Eleventy with --serve --incremental. A custom Nunjucks environment has been
// reported to write stale pages under --incremental; ours adds govuk-frontend to Eleventy's own
// environment, and this checks that edits to a page and to a layout both reach the output.
describe('the preview (eleventy --serve --incremental)', () => {
  const root = tmpDir('site-watch-');
  const out = (url: string) => path.join(root, '_site', url, 'index.html');
  const read = (url: string) => (fs.existsSync(out(url)) ? fs.readFileSync(out(url), 'utf8') : '');
  let preview: ChildProcess;
  let log = '';

  beforeAll(async () => {
    // A copy of the project, so edits never touch the real files.
    for (const entry of [
      '.eleventy.ts',
      'package.json',
      'tsconfig.json',
      'content',
      'layouts',
      'src',
    ]) {
      fs.cpSync(path.join(productRoot, entry), path.join(root, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(productRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    const port = await freePort();
    preview = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        'node_modules/@11ty/eleventy/cmd.cjs',
        '--config=.eleventy.ts',
        '--serve',
        '--incremental',
        `--port=${port}`,
      ],
      { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    preview.stdout!.on('data', (chunk) => {
      log += chunk;
    });
    preview.stderr!.on('data', (chunk) => {
      log += chunk;
    });
    await eventually(
      'the first build',
      () => /Server at/.test(log) && read('/vat/register/').includes('Register for VAT'),
      () => log,
    );
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(read('/vat/register/'))?.[1];
    expect(fs.existsSync(path.join(root, '_site', stylesheet ?? 'missing'))).toBe(true);
    // The file watcher finishes scanning the folder a moment after the first build.
    await new Promise((resolve) => setTimeout(resolve, 3000));
  });

  afterAll(() => {
    if (preview?.pid) process.kill(-preview.pid, 'SIGTERM');
  });

  it('rebuilds a page when its Markdown changes', async () => {
    const file = path.join(root, 'content/tax-office/vat/register.md');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('title: Register for VAT', 'title: Register for VAT now'),
    );
    await eventually(
      'the new title',
      () =>
        read('/vat/register/').includes('<h1 class="govuk-heading-xl">Register for VAT now</h1>'),
      () => log,
    );
    // Generated pages that list it follow too (they import collections.all).
    await eventually(
      'the new title in its department',
      () => read('/departments/tax-office/').includes('Register for VAT now'),
      () => log,
    );
  });

  it('rebuilds pages when a layout changes', async () => {
    const file = path.join(root, 'layouts/partials/metadata.njk');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('<dt>From:</dt>', '<dt>Published by:</dt>'),
    );
    await eventually(
      'the edited layout',
      () => read('/vat/rates/').includes('<dt>Published by:</dt>'),
      () => log,
    );
    // The page edited before keeps its edit.
    expect(read('/vat/register/')).toContain('Register for VAT now');
    expect(read('/vat/register/')).toContain('<dt>Published by:</dt>');
  });

  it("reloads the site model when a department's _department.yml changes", async () => {
    const file = path.join(root, 'content/tax-office/_department.yml');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('name: Tax Office', 'name: Revenue Office'),
    );
    await eventually(
      'the new name',
      () => read('/vat/rates/').includes('>Revenue Office</a>'),
      () => log,
    );
    await eventually(
      'the new name on its page',
      () => read('/departments/tax-office/').includes('Revenue Office'),
      () => log,
    );
  });

  // The header, phase banner and footer render once per build (layouts/base.njk), not once per
  // preview session.
  it('shows an edited site.yml in the phase banner and footer of the pages', async () => {
    const file = path.join(root, 'content/_data/site.yml');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('phase: beta', 'phase: alpha')
        .replace('text: Privacy', 'text: Privacy notice'),
    );
    await eventually(
      'the alpha banner',
      () => read('/vat/rates/').includes('Alpha'),
      () => log,
    );
    const page = read('/vat/rates/');
    expect(page).not.toContain('Beta');
    expect(page).toContain('Privacy notice');
  });
});
