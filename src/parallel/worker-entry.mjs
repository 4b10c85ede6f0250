// Node 20 starts no worker from a .ts file, so this JS entry loads the worker's module through tsx,
// then answers each call the main thread sends: { id, name, args } -> { id, result } or { id, error }.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const module = await tsImport(workerData.module, import.meta.url);

parentPort.on('message', async ({ id, name, args }) => {
  try {
    parentPort.postMessage({ id, result: await module[name](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error });
  }
});
