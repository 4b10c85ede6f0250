/**
 * A module's functions run on another core. Arguments and results are copied between threads
 * (structured clone), so they are plain data: no functions, no class instances; a MessagePort
 * among the arguments is moved to the worker instead.
 */
import { MessagePort, Worker } from 'node:worker_threads';

type Functions<M> = {
  [K in keyof M as M[K] extends (...args: never[]) => unknown ? K : never]: M[K];
};
type Call = { resolve: (value: unknown) => void; reject: (cause: unknown) => void };

export class ModuleWorker<M> {
  readonly #worker: Worker;
  readonly #calls = new Map<number, Call>();
  #next = 0;

  /** `moduleUrl` is the module whose exports are called, e.g. `new URL('./x.ts', import.meta.url)`. */
  constructor(moduleUrl: URL) {
    // execArgv is not inherited: the entry loads TypeScript itself, under tsx, vitest or plain node.
    this.#worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: { module: moduleUrl.href },
      execArgv: [],
    });
    this.#worker.on(
      'message',
      ({ id, result, error }: { id: number; result?: unknown; error?: unknown }) => {
        const call = this.#calls.get(id);
        this.#calls.delete(id);
        if (error === undefined) call?.resolve(result);
        else call?.reject(error);
      },
    );
    this.#worker.on('error', (cause) => this.#failAll(cause));
    this.#worker.on('exit', (code) =>
      this.#failAll(new Error(`The worker stopped (exit code ${code}) before it answered.`)),
    );
  }

  call<K extends keyof Functions<M>>(
    name: K,
    ...args: M[K] extends (...a: infer A) => unknown ? A : never
  ): Promise<M[K] extends (...a: never[]) => infer R ? Awaited<R> : never> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // A port cannot be copied: it moves to the worker.
      const ports = args.filter((arg): arg is MessagePort => arg instanceof MessagePort);
      this.#worker.postMessage({ id, name, args }, ports);
    });
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }

  #failAll(cause: unknown) {
    for (const call of this.#calls.values()) call.reject(cause);
    this.#calls.clear();
  }
}
