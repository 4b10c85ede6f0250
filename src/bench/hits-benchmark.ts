/**
 * `npx tsx src/bench/hits-benchmark.ts [--mb 1024]`: writes a combined log of that size to /tmp
 * (people, robots, assets, POSTs, errors, a few bad lines; 20,000 distinct pages), runs
 * `npm run hits` on it in a scratch project, and prints the time, MB/s and peak memory.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '1024' } } });
const bytes = Number(values.mb) * 1024 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hits-bench-'));
const log = path.join(dir, 'access.log');

const PEOPLE = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
];
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

function line(i: number): string {
  const page = (i * 7919) % 20_000;
  const kind = i % 20;
  const [method, target, status, agent] =
    kind < 11 ? ['GET', `/section-${page % 40}/page-${page}.html`, 200, PEOPLE[i % 2]!]
    : kind < 13 ? ['GET', `/page.php?id=${page}&utm_source=mail`, 200, PEOPLE[i % 2]!]
    : kind < 15 ? ['GET', `/images/photo-${page}.jpg`, 200, PEOPLE[i % 2]!]
    : kind < 17 ? ['GET', `/section-${page % 40}/page-${page}.html`, 200, BOT]
    : kind === 17 ? ['POST', '/search.php', 200, PEOPLE[0]!]
    : kind === 18 ? ['GET', `/old/page-${page}.html`, 404, PEOPLE[1]!]
    : ['GET', '/search.php?q=tax', 503, PEOPLE[0]!]; // biome-ignore format: a table
  if (i % 100_000 === 99_999) return 'a line cut short by a full disk';
  return `203.0.113.${i % 250} - - [02/Dec/2026:10:${String(i % 60).padStart(2, '0')}:00 +0000] "${method} ${target} HTTP/1.1" ${status} ${1000 + (i % 9000)} "https://www.google.com/" "${agent}"`;
}

const out = fs.openSync(log, 'w');
let written = 0;
for (let i = 0; written < bytes; ) {
  const chunk: string[] = [];
  for (let j = 0; j < 10_000; j++, i++) chunk.push(line(i));
  const text = `${chunk.join('\n')}\n`;
  fs.writeSync(out, text);
  written += Buffer.byteLength(text);
}
fs.closeSync(out);
fs.mkdirSync(path.join(dir, 'migrations-map'));
fs.writeFileSync(
  path.join(dir, 'migrations-map/bench.yml'),
  'host: www.bench.example\nquery_params: [id]\n',
);

const cli = path.resolve(import.meta.dirname, '../cli/hits.ts');
const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
const start = process.hrtime.bigint();
const run = spawnSync('/usr/bin/time', ['-f', '%M', tsx, cli, log, '--site', 'bench'], {
  cwd: dir,
  encoding: 'utf8',
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const peakKb = Number(run.stderr.trim().split('\n').at(-1));
console.log(run.stdout);
const mb = written / 1024 / 1024;
console.log(
  `${mb.toFixed(0)} MB in ${seconds.toFixed(1)} s: ${(mb / seconds).toFixed(0)} MB/s, peak memory ${(peakKb / 1024).toFixed(0)} MB`,
);
fs.rmSync(dir, { recursive: true, force: true });
