import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIndex } from '../search/pagefind-node.ts';
import { BuiltPage, productRoot, text, tmpDir } from './helpers.ts';

/** A free localhost port for the preview server. */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until `check` holds, polling, or fails with what it waited for and the preview's output. */
async function eventually(
  what: string,
  check: () => boolean | Promise<boolean>,
  log: () => string,
  ms = 60_000,
) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}. Preview output:\n${log()}`);
}

/** Every process below `pid`, from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      // The parent is the field after the name, which is in brackets and may hold spaces.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {} // Gone while listed.
  }
  const found: number[] = [];
  for (let todo = [pid]; todo.length; ) {
    const next = children.get(todo.pop()!) ?? [];
    found.push(...next);
    todo.push(...next);
  }
  return found;
}

/** Alive, and not a zombie waiting for a parent that is gone. */
function running(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** A copy of the project, so edits never touch the real files, with `npm start` running in it. */
async function startPreview(): Promise<{ root: string; npm: ChildProcess; log: () => string }> {
  const root = tmpDir('site-preview-');
  for (const entry of [
    '.eleventy.ts',
    'package.json',
    'tsconfig.json',
    'content',
    'layouts',
    'migrations-map',
    'src',
  ])
    fs.cpSync(path.join(productRoot, entry), path.join(root, entry), { recursive: true });
  fs.symlinkSync(path.join(productRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const npm = spawn('npm', ['start', '--', `--port=${await freePort()}`], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  npm.stdout!.on('data', (chunk) => {
    log += chunk;
  });
  npm.stderr!.on('data', (chunk) => {
    log += chunk;
  });
  const page = path.join(root, '_preview/vat/register/index.html');
  try {
    await eventually(
      'the first build',
      () =>
        /Server at/.test(log) && fs.existsSync(path.join(root, '_preview/pagefind/indexes.json')),
      () => log,
    );
  } catch (cause) {
    // A preview that never got going is stopped here: no test is left to stop it.
    if (npm.pid) process.kill(-npm.pid, 'SIGKILL');
    throw cause;
  }
  expect(fs.readFileSync(page, 'utf8')).toContain('Register for VAT');
  return { root, npm, log: () => log };
}

/** Sends `signal` to `pid` and waits for every process the preview started to end. */
async function stopsEverything(
  npm: ChildProcess,
  pid: number,
  signal: NodeJS.Signals,
  log: () => string,
) {
  const started = [npm.pid!, ...descendants(npm.pid!)];
  expect(started.length).toBeGreaterThan(2); // npm, its shell, node, esbuild's service...
  process.kill(pid, signal);
  await eventually(
    `every process to stop after ${signal}`,
    () => !started.some(running),
    log,
    10_000,
  );
}

describe('the preview (npm start)', () => {
  let root: string;
  let npm: ChildProcess;
  let log: () => string;
  const read = (url: string) => {
    const file = path.join(root, '_preview', url, url.endsWith('/') ? 'index.html' : '');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  };
  const edit = (file: string, from: string | RegExp, to: string) => {
    const full = path.join(root, file);
    fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(from, to));
  };

  beforeAll(async () => {
    ({ root, npm, log } = await startPreview());
    // The file watcher finishes scanning the folder a moment after the first build.
    await new Promise((resolve) => setTimeout(resolve, 3000));
  });

  afterAll(() => {
    // Whatever a failed test left running.
    if (npm?.pid && running(npm.pid)) process.kill(-npm.pid, 'SIGKILL');
  });

  it('writes to _preview/, never to the _site/ a build deploys', () => {
    expect(fs.existsSync(path.join(root, '_site'))).toBe(false);
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(read('/vat/register/'))?.[1];
    expect(fs.existsSync(path.join(root, '_preview', stylesheet ?? 'missing'))).toBe(true);
  });

  it("has the search index, the migration coverage pages and the legacy sites' pages", async () => {
    const index = await openIndex(path.join(root, '_preview'));
    try {
      expect((await index.search('register')).map((r) => r.url)).toContain('/vat/register/');
    } finally {
      await index.close();
    }
    expect(read('/migrations/')).toContain('taxoffice');
    expect(read('/migrations/coverage.json')).toContain('taxoffice');
    for (const page of ['410.html', '404.html'])
      expect(read(`/_deploy/nginx/legacy-sites/taxoffice/${page}`)).toContain('govuk-template');
  });

  it('marks a draft with a notification banner', () => {
    const draft = new BuiltPage(read('/news/river-quality-report-2026/'));
    expect(text(draft.one('h2', 'govuk-notification-banner__title'))).toBe('Draft');
    expect(text(draft.one('div', 'govuk-notification-banner'))).toContain(
      'only the preview shows it',
    );
    expect(new BuiltPage(read('/vat/register/')).has('div', 'govuk-notification-banner')).toBe(
      false,
    );
  });

  it('rebuilds a page when its Markdown changes, and its search entry within seconds', async () => {
    const saved = Date.now();
    edit(
      'content/tax-office/vat/register.md',
      'title: Register for VAT',
      'title: Register for VAT now',
    );
    edit('content/tax-office/vat/register.md', /\n---\n/, '\n---\n\nAbracadabra is the word.\n');
    await eventually(
      'the new title',
      () =>
        read('/vat/register/').includes('<h1 class="govuk-heading-xl">Register for VAT now</h1>'),
      log,
    );
    // Generated pages that list it follow too (they import collections.all).
    await eventually(
      'the new title in its department',
      () => read('/departments/tax-office/').includes('Register for VAT now'),
      log,
    );
    await eventually(
      'the new word in the search index',
      async () => {
        const index = await openIndex(path.join(root, '_preview')).catch(() => undefined);
        if (!index) return false; // Being written.
        try {
          return (await index.search('abracadabra')).some((r) => r.url === '/vat/register/');
        } finally {
          await index.close();
        }
      },
      log,
      15_000,
    );
    console.log(`A save reached the search index in ${((Date.now() - saved) / 1000).toFixed(1)} s`);
  });

  it('rebuilds pages when a layout changes', async () => {
    const edited = '<dl class="app-metadata app-metadata--edited govuk-body-s">';
    edit('layouts/partials/metadata.njk', '<dl class="app-metadata govuk-body-s">', edited);
    // Both pages, as the rebuild writes one after the other: a page read while it is written is empty.
    await eventually(
      'the edited layout',
      () => read('/vat/rates/').includes(edited) && read('/vat/register/').includes(edited),
      log,
    );
    // The page edited before keeps its edit.
    expect(read('/vat/register/')).toContain('Register for VAT now');
  });

  it("reloads the site model when a department's _department.yml changes", async () => {
    edit('content/tax-office/_department.yml', 'name: Tax Office', 'name: Revenue Office');
    await eventually(
      'the new name',
      () => read('/vat/rates/').includes('>Revenue Office</a>'),
      log,
    );
    await eventually(
      'the new name on its page',
      () => read('/departments/tax-office/').includes('Revenue Office'),
      log,
    );
  });

  // The header, phase banner and footer render once per build (layouts/base.njk), not once per
  // preview session.
  it('shows an edited site.yml in the phase banner and footer of the pages', async () => {
    edit('content/_data/site.yml', 'phase: beta', 'phase: alpha');
    edit('content/_data/site.yml', 'text: Privacy', 'text: Privacy notice');
    await eventually('the alpha banner', () => read('/vat/rates/').includes('Alpha'), log);
    const page = read('/vat/rates/');
    expect(page).not.toContain('Beta');
    expect(page).toContain('Privacy notice');
  });

  it("stops every process it started when npm's process is sent SIGTERM", async () => {
    await stopsEverything(npm, npm.pid!, 'SIGTERM', log);
  });
});

describe('the preview, sent SIGINT to its node process', () => {
  it('stops every process it started', async () => {
    const { npm, log } = await startPreview();
    try {
      const node = descendants(npm.pid!).find((pid) => {
        const [program, ...args] = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return path.basename(program!) === 'node' && args.includes('src/cli/start.ts');
      });
      await stopsEverything(npm, node!, 'SIGINT', log);
    } finally {
      if (npm.pid && running(npm.pid)) process.kill(-npm.pid, 'SIGKILL');
    }
  });
});
