/**
 * Pagefind's Node API, on a thread of its own (see build-index.ts). Pagefind indexes in its own
 * process, talked to through pipes by the thread that holds this API. On the main thread those
 * messages went and came back only when Eleventy's render gave the event loop a turn: Pagefind
 * sat idle for the first third of a 10,000-page render, and the index was written only after it.
 * This thread's event loop is free, so each page reaches Pagefind at once, and each part of the
 * search is written as soon as its last page is in it.
 */
import child_process, { type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
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

let started: Promise<unknown> | undefined;

export interface PartWritten {
  /** Pagefind's error messages; empty when all went well. */
  errors: string[];
  indexingMs: number;
  writingMs: number;
}

/** Starts Pagefind's process, which takes a moment, before the first part arrives. */
export function start(): void {
  started ??= pagefind.createIndex({}).then(({ index }) => index?.deleteIndex());
  started.catch(() => {}); // Reported by writePart().
}

/**
 * Indexes each part of the site's search and writes it into `<root>/<part>/`, one after the
 * other, here, where the event loop is free: from the main thread, each next part waited for the
 * render to give it a turn, and the parts of 10,000 pages took 40 s instead of 17 s. The parts
 * wait in `parts`, posted there by the main thread, and each is taken only when Pagefind is
 * ready for it: those not yet taken stay serialised, outside this thread's heap, which holds one
 * part at a time. Given them all at once, this thread held every page's search document, and
 * its heap grew to 1 GB at 100,000 pages.
 */
export async function writeParts(root: string, parts: MessagePort): Promise<PartWritten> {
  const all: PartWritten = { errors: [], indexingMs: 0, writingMs: 0 };
  for (let next = receiveMessageOnPort(parts); next; next = receiveMessageOnPort(parts)) {
    const [name, pages] = next.message as [string, Array<[string, string]>];
    const written = await writePart(path.join(root, name), pages);
    all.errors.push(...written.errors);
    all.indexingMs += written.indexingMs;
    all.writingMs += written.writingMs;
    if (written.errors.length) break;
  }
  parts.close();
  return all;
}

/**
 * Indexes one part, its pages in the order given (each by its path in the site folder, e.g.
 * `vat/index.html`, which gives its URL), writes it into `outputPath`, and lets Pagefind free it:
 * Pagefind holds one part at a time, however large the site.
 */
async function writePart(outputPath: string, pages: Array<[string, string]>): Promise<PartWritten> {
  const begun = performance.now();
  const created = await pagefind.createIndex({});
  if (!created.index)
    return {
      errors: [`could not start: ${created.errors.join('; ')}`],
      indexingMs: 0,
      writingMs: 0,
    };
  const { index } = created;
  const added = await Promise.all(
    pages.map(([sourcePath, content]) =>
      index.addHTMLFile({ sourcePath, content }).then((r) => ({ sourcePath, errors: r.errors })),
    ),
  );
  const failed = added.filter((r) => r.errors.length);
  const indexed = performance.now();
  const errors = failed.length
    ? [
        `could not index the site: ${failed
          .slice(0, 5)
          .map((r) => `${r.sourcePath}: ${r.errors.join('; ')}`)
          .join('; ')}`,
      ]
    : (await index.writeFiles({ outputPath })).errors.map((e) => `could not write the index: ${e}`);
  await index.deleteIndex();
  return { errors, indexingMs: indexed - begun, writingMs: performance.now() - indexed };
}

export async function close(): Promise<void> {
  await started?.catch(() => {});
  const exits = processes
    .filter((child) => child.exitCode === null && child.signalCode === null)
    .map((child) => once(child, 'exit'));
  await pagefind.close();
  await Promise.all(exits);
}
