import type { StageTiming } from './summary.ts';

/** Runs the stages of a build one after another, timing each. */
export class StageTimer {
  readonly timings: StageTiming[] = [];

  async run<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.timings.push({ stage, ms: performance.now() - start });
    }
  }
}
