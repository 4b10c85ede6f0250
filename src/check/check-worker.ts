import { ModuleWorker } from '../parallel/module-worker.ts';

/** Below this many pages, a second thread costs more than it saves. */
export const PAGES_FOR_A_WORKER = 300;

/** The second thread of `npm run check`, which runs the functions of worker-tasks.ts. */
export type CheckWorker = ModuleWorker<typeof import('./worker-tasks.ts')>;

/**
 * Starts it. This module imports nothing heavy, so the CLI can start the thread before loading the
 * check's own modules, and the two threads start up at the same time.
 */
export const startCheckWorker = (): CheckWorker =>
  new ModuleWorker(new URL('./worker-tasks.ts', import.meta.url));
