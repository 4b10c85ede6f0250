/**
 * How long `npm run import` takes on a real source: `npx tsx src/bench/import-benchmark.ts
 * <source folder> --department <slug> --host <old host> [--under <path>] [--runs R]` copies this
 * product's example site into a temporary project, adds the department, and runs the import there
 * R times as `npm run import` runs it (tsx start-up included), every child process counted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure } from './baselines.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    department: { type: 'string' },
    host: { type: 'string' },
    under: { type: 'string', default: '' },
    runs: { type: 'string', default: '3' },
  },
});
const source = positionals[0];
if (!source || !values.department || !values.host) {
  console.error(
    'Usage: npx tsx src/bench/import-benchmark.ts <source folder> --department <slug> --host <old host> [--under <path>] [--runs R]',
  );
  process.exit(2);
}
const productRoot = path.resolve(import.meta.dirname, '../..');
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
for (const folder of ['content', 'migrations-map'])
  fs.cpSync(path.join(productRoot, folder), path.join(project, folder), { recursive: true });
const departmentDir = path.join(project, 'content', values.department);
const args = [
  '--import',
  path.join(productRoot, 'node_modules/tsx/dist/loader.mjs'),
  path.join(productRoot, 'src/cli/import.ts'),
  path.resolve(source),
  '--department',
  values.department,
  '--host',
  values.host,
  ...(values.under ? ['--under', values.under] : []),
];
for (let i = 0; i < Number(values.runs); i++) {
  // Each run imports afresh: the pages and the hash manifest of the run before are removed.
  fs.rmSync(departmentDir, { recursive: true, force: true });
  fs.mkdirSync(departmentDir, { recursive: true });
  fs.writeFileSync(path.join(departmentDir, '_department.yml'), `name: ${values.department}\n`);
  for (const name of fs.readdirSync(path.join(project, 'migrations-map')))
    if (name.includes('.import')) fs.rmSync(path.join(project, 'migrations-map', name));
  const { usage, stdout } = await measure(
    { command: process.execPath, args, cwd: project },
    process.env,
    'npm run import',
  );
  const pages = /(\d[\d,]*) pages?/.exec(stdout)?.[0] ?? '';
  console.log(
    `run ${i + 1}: ${(usage.wallMs / 1000).toFixed(2)} s wall, ${(usage.cpuMs / 1000).toFixed(2)} s CPU, ${usage.peakMemoryMb.toFixed(0)} MB${pages ? `, ${pages}` : ''}`,
  );
}
fs.rmSync(project, { recursive: true, force: true });
