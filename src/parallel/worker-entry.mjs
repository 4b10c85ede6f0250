// Node 20 starts no worker from a .ts file, so this JS entry loads the worker's module (from its
// bundle when the tool runs compiled, see src/cli/compiled.mjs, or else through tsx), then answers
// each call the main thread sends: { id, name, args } -> { id, result } or { id, error }.
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { COMPILED_DIR_VARIABLE, compiledPath } from './compiled-paths.mjs';

const compiledDir = process.env[COMPILED_DIR_VARIABLE];
const bundle = compiledDir && compiledPath(compiledDir, fileURLToPath(workerData.module));
const module =
  bundle && fs.existsSync(bundle)
    ? await import(pathToFileURL(bundle).href)
    : await (await import('tsx/esm/api')).tsImport(workerData.module, import.meta.url);

parentPort.on('message', async ({ id, name, args }) => {
  try {
    parentPort.postMessage({ id, result: await module[name](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error });
  }
});
