import type { StageTiming } from './summary.ts';

/** Times each stage of a build. */
export class StageTimer {
  readonly timings: StageTiming[] = [];
  private readonly start = performance.now();

  /** Wall time since the build began: stages may overlap, so it is not their sum. */
  get totalMs(): number {
    return performance.now() - this.start;
  }

  async run<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.timings.push({ stage, ms: performance.now() - start });
    }
  }
}
