import { describe, expect, it } from 'vitest';
import { measureTree } from '../../src/bench/process-tree.ts';

// Real, short child processes: each burns a known amount of CPU in a busy loop.
const busy = (ms: number) =>
  `const t = process.cpuUsage(); while (process.cpuUsage(t).user < ${ms * 1000});`;

describe('measuring a command with every process it starts', () => {
  it('counts the CPU time of the command and of the children it waits for', async () => {
    const tree = await measureTree(process.execPath, [
      '-e',
      `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(busy(300))}]); ${busy(200)}; console.log('done')`,
    ]);
    expect(tree.status).toBe(0);
    expect(tree.stdout).toBe('done\n');
    expect(tree.cpuMs).toBeGreaterThanOrEqual(500);
    expect(tree.orphans).toEqual([]);
    expect(tree.peakMemoryMb).toBeGreaterThan(10);
  });

  it('waits for a child its parent did not wait for, and counts its time too', async () => {
    const tree = await measureTree(process.execPath, [
      '-e',
      `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(busy(400))}], { stdio: 'ignore', detached: false }).unref(); setTimeout(() => {}, 200)`,
    ]);
    expect(tree.wallMs - tree.exitMs).toBeGreaterThan(0);
    expect(tree.cpuMs).toBeGreaterThanOrEqual(400);
    expect(tree.orphans).toEqual(['node']);
  });

  it('reports the exit status of a command that fails', async () => {
    expect((await measureTree(process.execPath, ['-e', 'process.exit(3)'])).status).toBe(3);
  });
});
