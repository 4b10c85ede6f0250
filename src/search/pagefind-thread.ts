/**
 * Pagefind's Node API, on a thread of its own (see build-index.ts). Pagefind indexes in its own
 * process, talked to through pipes by the thread that holds this API. On the main thread those
 * messages went and came back only when Eleventy's render gave the event loop a turn: Pagefind
 * sat idle for the first third of a 10,000-page render, and the index was written only after it.
 * This thread's event loop is free, so each page reaches Pagefind at once, and the index is
 * written as soon as the last page is in it.
 */
import child_process, { type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as pagefind from 'pagefind';

/**
 * Pagefind's Node API starts its process unreferenced and never waits for it: its close() sends
 * the process a signal and returns. The build then exited before Pagefind had ended, and as the
 * build never waited for it, its CPU time was counted nowhere (neither by `time` nor in the
 * build's own rusage). The API keeps the process to itself, so the one spawn it makes on this
 * thread (this thread runs nothing else) is noted here, and close() returns once it has exited.
 */
const processes: ChildProcess[] = [];
const spawn = child_process.spawn;
child_process.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  processes.push(child);
  return child;
}) as typeof spawn;

let index: Promise<pagefind.PagefindIndex> | undefined;
const adding: Array<Promise<void>> = [];
const errors: string[] = [];

export interface IndexWritten {
  /** Pagefind's error messages; empty when all went well. */
  errors: string[];
  /** From the call to write until every page added was in the index. */
  catchingUpMs: number;
  writingMs: number;
}

export function start(): void {
  index = pagefind.createIndex({}).then(async (created) => {
    if (created.index) return created.index;
    await pagefind.close();
    throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  });
  index.catch(() => {}); // Reported by write().
}

/** `sourcePath` is the page's path in the site folder, e.g. `vat/index.html`, which gives its URL. */
export function add(sourcePath: string, content: string): void {
  adding.push(
    started()
      .then((started) => started.addHTMLFile({ sourcePath, content }))
      .then((added) => {
        if (added.errors.length) errors.push(`${sourcePath}: ${added.errors.join('; ')}`);
      }),
  );
}

/** Writes the index once every page added is in it. */
export async function write(outputPath: string): Promise<IndexWritten> {
  const start = performance.now();
  await Promise.all(adding);
  const indexed = performance.now();
  if (errors.length)
    return {
      errors: [`could not index the site: ${errors.slice(0, 5).join('; ')}`],
      catchingUpMs: indexed - start,
      writingMs: 0,
    };
  const written = await (await started()).writeFiles({ outputPath });
  return {
    errors: written.errors.map((e) => `could not write the index: ${e}`),
    catchingUpMs: indexed - start,
    writingMs: performance.now() - indexed,
  };
}

export async function close(): Promise<void> {
  await Promise.allSettled(adding);
  const exits = processes
    .filter((child) => child.exitCode === null && child.signalCode === null)
    .map((child) => once(child, 'exit'));
  await pagefind.close();
  await Promise.all(exits);
}

function started(): Promise<pagefind.PagefindIndex> {
  if (!index) throw new Error('Pagefind has not been started.');
  return index;
}
