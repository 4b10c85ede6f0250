import { parseArgs } from 'node:util';
import { startPreview } from '../preview/start-preview.ts';

// npm start [-- --port 8080]: the preview (src/preview/), in _preview/, at http://localhost:8080/.
const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });
const preview = await startPreview({ root: process.cwd(), port: Number(values.port) });

// Ctrl+C, or a signal to this process, stops everything the preview started (the watcher, the
// server, Pagefind, esbuild's service); exit() then ends the worker threads too.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  preview.stop().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
// A signal to npm's pid stops the shell npm runs this in, which does not pass it on: this
// process is then left to another parent, and stops too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 250).unref();
