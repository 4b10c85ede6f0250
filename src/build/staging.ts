import fs from 'node:fs';

/**
 * A build writes into `<target>.next-<id>` and only a finished build replaces `<target>`, so a
 * failed build never leaves a half-written site and the previous one stays published. The id
 * keeps two builds of one folder (a preview and a test, say) out of each other's way.
 */
export class StagedOutput {
  readonly staging: string;

  constructor(readonly target: string) {
    this.staging = `${target}.next-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    fs.rmSync(this.staging, { recursive: true, force: true });
    fs.mkdirSync(this.staging, { recursive: true });
  }

  /** Swaps the finished build in: two renames, so readers see the old site or the new one. */
  publish(): void {
    const old = `${this.staging}.old`;
    fs.rmSync(old, { recursive: true, force: true });
    if (fs.existsSync(this.target)) fs.renameSync(this.target, old);
    fs.renameSync(this.staging, this.target);
    fs.rmSync(old, { recursive: true, force: true });
  }

  discard(): void {
    fs.rmSync(this.staging, { recursive: true, force: true });
  }
}
