import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * A build writes into `<target>.next-<id>` and only a finished build replaces `<target>`, so a
 * failed build never leaves a half-written site and the previous one stays published. The id
 * keeps two builds of one folder (a preview and a test, say) out of each other's way.
 *
 * The site a build replaces is set aside as `<target>.old-<id>`, and the next build removes it
 * while it renders: removing a 10,000-page site took 6.5 s on this project's disk, which every
 * rebuild used to wait for at its end. Nothing waits for the removal: a one-page incremental
 * build is over before a whole build's old site is gone (the swap waited 11 s to 40 s for it),
 * and the build does not stay up for it either; what is left is removed by the next build.
 */
export class StagedOutput {
  readonly staging: string;
  readonly #setAside: string;
  /** Where the site this build replaced is, once it is published, until the next build. */
  replaced?: string;

  constructor(readonly target: string) {
    const id = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    this.staging = `${target}.next-${id}`;
    this.#setAside = `${target}.old-${id}`;
    fs.mkdirSync(this.staging, { recursive: true });
    removeReplaced(target);
  }

  /**
   * Swaps the finished build in: two renames, so readers see the old site or the new one. The
   * name it sets the old site aside under is this build's own, which no removal under way has.
   */
  async publish(): Promise<void> {
    if (fs.existsSync(this.target)) {
      fs.renameSync(this.target, this.#setAside);
      this.replaced = this.#setAside;
    }
    fs.renameSync(this.staging, this.target);
  }

  async discard(): Promise<void> {
    fs.rmSync(this.staging, { recursive: true, force: true });
  }
}

/**
 * Removes the sites earlier builds replaced, and the staging folders of builds that were stopped
 * before they finished (killed, or out of memory: their process is gone), on a thread of its own (`fs.promises.rm` needs this
 * thread's event loop for every file, and took half a minute beside a render), which does not
 * keep the process running: a copy not removed by the time the build ends is only disk space,
 * and the next build removes the rest.
 */
function removeReplaced(target: string): void {
  const dir = path.dirname(target);
  const name = path.basename(target);
  const replaced = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter(
          (entry) =>
            entry.startsWith(`${name}.old-`) ||
            (entry.startsWith(`${name}.next-`) && isAbandoned(path.join(dir, entry))),
        )
    : [];
  if (!replaced.length) return;
  const remover = new Worker(REMOVE, {
    eval: true,
    workerData: replaced.map((name) => path.join(dir, name)),
  });
  remover.on('error', () => {}); // A copy that cannot be removed is tried again next time.
  remover.unref();
}

const REMOVE = `const { rmSync } = require('node:fs');
for (const dir of require('node:worker_threads').workerData) rmSync(dir, { recursive: true, force: true });`;

/**
 * Whether a staging folder's build is gone: its process (the folder is named by its pid) is not
 * running here, and the folder has not changed for an hour, as a build in another pid namespace
 * sharing the disk (a container) is running to this one's eyes.
 */
function isAbandoned(staging: string): boolean {
  const pid = Number(path.basename(staging).split('.next-')[1]?.split('-')[0]);
  const changed = fs.statSync(staging, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return !isRunning(pid) && Date.now() - changed > ABANDONED_AFTER_MS;
}

const ABANDONED_AFTER_MS = 60 * 60 * 1000;

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
