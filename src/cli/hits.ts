/**
 * `npm run hits -- <log files...> --site <id>`: counts the requests in nginx/Apache combined (or
 * common) and IIS W3C logs, gzipped or not, and writes `migrations-map/<id>.hits.csv` (`url,hits`,
 * most hits first). Exit 2 on a wrong command line, 1 when a log could not be read (nothing is
 * written then), 0 otherwise. docs/migrations/hits.md says what is skipped and why.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  hitsSummary,
  newReading,
  readHitsSite,
  readLog,
  totalHits,
  writeHitsFile,
} from '../migrations/logs/index.ts';
import { MAP_DIR } from '../migrations/sites.ts';

const USAGE = 'Usage: npm run hits -- <log files...> --site <id>';

async function main(): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ options: { site: { type: 'string' } }; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ options: { site: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (!values.site || files.length === 0) {
    console.error(`${values.site ? 'No log files given.' : '--site is required.'}\n${USAGE}`);
    return 2;
  }
  const root = process.cwd();
  const site = readHitsSite(root, values.site);
  if ('problem' in site) {
    console.error(site.problem);
    return 2;
  }
  const reading = newReading();
  for (const file of files) await readLog(file, site.hosts, reading);
  const totals = totalHits(reading.counts, site.host, site.queryParams);
  const target = `${MAP_DIR}/${site.id}.hits.csv`;
  const ok = reading.unreadable.length === 0;
  if (ok) writeHitsFile(path.join(root, target), totals.urls);
  console.log(hitsSummary(reading, totals, ok ? target : null));
  return ok ? 0 : 1;
}

process.exitCode = await main();
