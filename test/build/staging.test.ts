import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagedOutput } from '../../src/build/staging.ts';

/** A build of `target` that writes one page saying `text`, then publishes it. */
async function build(target: string, text: string) {
  const output = new StagedOutput(target);
  fs.writeFileSync(path.join(output.staging, 'index.html'), text);
  await output.publish();
}

describe('StagedOutput', () => {
  it('keeps the site it replaces beside it until the next build, which removes it, on its own thread', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'staging-'));
    const target = path.join(root, '_site');
    const others = () =>
      fs
        .readdirSync(root)
        .filter((name) => name !== '_site')
        .sort();
    const replacedText = () =>
      others().map((name) => fs.readFileSync(path.join(root, name, 'index.html'), 'utf8'));

    await build(target, 'first');
    expect(others()).toEqual([]);

    await build(target, 'second');
    expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('second');
    expect(replacedText()).toEqual(['first']);

    await build(target, 'third');
    expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('third');
    // The swap does not wait for the removal, which goes on beside it.
    for (let tries = 0; replacedText().length > 1 && tries < 100; tries++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replacedText()).toEqual(['second']);
    expect(others()[0]).toMatch(/^_site\.old-/);
  });

  it('removes its staging folder when discarded, and leaves the published site alone', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'staging-'));
    const target = path.join(root, '_site');
    await build(target, 'published');
    const output = new StagedOutput(target);
    fs.writeFileSync(path.join(output.staging, 'index.html'), 'half-written');
    await output.discard();
    expect(fs.readdirSync(root)).toEqual(['_site']);
    expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('published');
  });

  it('removes the staging folder of a build stopped an hour ago or more, and not of one still running', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'staging-'));
    const target = path.join(root, 'public-site');
    // A pid no process has: above Linux's largest (4,194,304).
    const stopped = path.join(root, 'public-site.next-99999999-abcdef');
    fs.mkdirSync(stopped);
    fs.writeFileSync(path.join(stopped, 'index.html'), 'half-written');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(stopped, twoHoursAgo, twoHoursAgo);
    // Stopped too, but a moment ago: perhaps running in another pid namespace, so it stays.
    const recent = path.join(root, 'public-site.next-99999998-abcdef');
    fs.mkdirSync(recent);
    const running = new StagedOutput(target);
    await build(target, 'published');
    for (let tries = 0; fs.existsSync(stopped) && tries < 100; tries++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.existsSync(stopped)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.existsSync(running.staging)).toBe(true);
  });

  it('lets two builds of one folder publish in turn without losing either', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'staging-'));
    const target = path.join(root, '_site');
    const first = new StagedOutput(target);
    const second = new StagedOutput(target);
    fs.writeFileSync(path.join(first.staging, 'index.html'), 'first');
    fs.writeFileSync(path.join(second.staging, 'index.html'), 'second');
    await first.publish();
    await second.publish();
    expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('second');
  });
});
