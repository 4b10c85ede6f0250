/**
 * The migrations at the size of GOV.UK's transition: `npx tsx src/bench/migrations-scale.ts
 * [--sites 300] [--mappings 300000]` writes that many legacy sites and mappings (one site in ten
 * with a hits file, one mapping in ten gone), then times loading and validating them, writing the
 * outputs, and the real nginx starting with the config and answering; it prints nginx's memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadMigrations, writeMigrationOutputs } from '../migrations/index.ts';
import { freePort, get, hasNginx, NGINX, startNginx } from '../quality/nginx-server.ts';
import { seededRandom } from './random.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '300' },
    mappings: { type: 'string', default: '300000' },
  },
});
const sites = Number(values.sites);
const total = Number(values.mappings);
const pages = Array.from({ length: 2000 }, (_, i) => `/section-${i % 40}/page-${i}/`);
const host = (s: number) => `www.legacy-${s}.example.org`;
const oldUrl = (s: number, i: number) => `http://${host(s)}/area-${i % 53}/item-${i}.html`;

function writeSites(root: string) {
  const dir = path.join(root, 'migrations-map');
  fs.mkdirSync(dir, { recursive: true });
  const r = seededRandom(7);
  const perSite = Math.ceil(total / sites);
  for (let s = 0; s < sites; s++) {
    const yml = `host: ${host(s)}\naliases: [legacy-${s}.example.org]\ndepartment: department-${s % 20}\nhomepage: /departments/department-${s % 20}/\narchive: https://webarchive.example.org/20130101000000/\n`;
    fs.writeFileSync(path.join(dir, `legacy-${s}.yml`), yml);
    const rows = ['old_url,new_url,status'];
    const hits = ['url,hits'];
    for (let i = 0; i < perSite; i++) {
      rows.push(i % 10 === 9 ? `${oldUrl(s, i)},,410` : `${oldUrl(s, i)},${r.pick(pages)},301`);
      if (s % 10 === 0) hits.push(`${oldUrl(s, i)},${r.int(0, 5000)}`);
    }
    fs.writeFileSync(path.join(dir, `legacy-${s}.csv`), `${rows.join('\n')}\n`);
    if (s % 10 === 0)
      fs.writeFileSync(path.join(dir, `legacy-${s}.hits.csv`), `${hits.join('\n')}\n`);
  }
  return perSite;
}

/** Memory of nginx's processes (master and workers), from /proc: resident, and proportional
 * (PSS: pages the master shares with its worker after fork counted once between them). */
function nginxMemoryMb(): { rss: number; pss: number } {
  let rss = 0;
  let pss = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s+nginx$/m.test(status)) continue;
      rss += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {} // the process ended while we read
  }
  return { rss: rss / 1024, pss: pss / 1024 };
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-scale-'));
fs.chmodSync(root, 0o755); // nginx's workers (nobody) read the 410 and 404 pages in it
const perSite = writeSites(root);
const departments = new Map(
  Array.from({ length: 20 }, (_, d) => [`department-${d}`, { name: `Department ${d}` }]),
);
const published = new Set([...pages, ...[...departments.keys()].map((d) => `/departments/${d}/`)]);
const inputs = {
  root,
  siteUrl: 'https://www.example.gov',
  publishedPaths: published,
  departments,
  pageLegacyUrls: [],
};
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(2)} s`;
let started = performance.now();
const { model, diagnostics } = loadMigrations(inputs);
const loaded = seconds(started);
const port = await freePort();
started = performance.now();
await writeMigrationOutputs(model, inputs, {
  siteDir: path.join(root, 'site'),
  deployDir: path.join(root, 'deploy'),
  listen: `127.0.0.1:${port}`,
});
const written = seconds(started);
console.log(`${sites} legacy sites, ${model.mappings.length} mappings (${perSite} a site)`);
console.log(`load and validate: ${loaded} (${diagnostics.length} diagnostics)`);
console.log(`write outputs: ${written}`);
const conf = path.join(root, 'deploy/nginx/legacy-sites.conf');
console.log(`legacy-sites.conf: ${(fs.statSync(conf).size / 1e6).toFixed(1)} MB`);
if (!hasNginx) console.log(`nginx: not timed (${NGINX} is not installed)`);
else {
  started = performance.now();
  const nginx = await startNginx(path.join(root, 'nginx'), port, [conf]);
  console.log(`nginx: started and answering in ${seconds(started)}`);
  started = performance.now();
  // Fifty at a time: nginx's default 512 connections a worker would refuse a thousand at once.
  const statuses: number[] = [];
  for (let i = 0; i < 1000; i += 50)
    statuses.push(
      ...(await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          get(port, host((i + j) % sites), `/area-${(i + j) % 53}/item-${i + j}.html`).then(
            (answer) => answer.status,
          ),
        ),
      )),
    );
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  console.log(
    `nginx: 1,000 requests of mapped URLs in ${seconds(started)}: ${JSON.stringify(counts)}`,
  );
  const memory = nginxMemoryMb();
  console.log(
    `nginx: ${memory.pss.toFixed(0)} MB proportional (PSS), ${memory.rss.toFixed(0)} MB resident, master and workers`,
  );
  nginx.kill('SIGQUIT');
}
fs.rmSync(root, { recursive: true, force: true });
