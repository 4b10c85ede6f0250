/**
 * Finds the legacy sites in `migrations-map/` and builds the host index: every host and alias to
 * its site. A host that is the site's own, or that two sites declare, is reported here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { migrations } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { loadSiteFile } from './load-site-files.ts';
import type { LegacySite, MigrationInputs } from './model.ts';

export const MAP_DIR = 'migrations-map';

/** Site ids (`<id>.yml`) in the map folder, sorted; reports CSV files that belong to no site. */
function siteIds(dir: string, diagnostics: Diagnostic[]): string[] {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  const ids = names.filter((name) => name.endsWith('.yml')).map((name) => name.slice(0, -4));
  for (const name of names.filter((n) => n.endsWith('.csv'))) {
    const id = name.replace(/(\.hits)?\.csv$/, '');
    if (!ids.includes(id))
      diagnostics.push(
        report(migrations.MIGRATION_ORPHAN_FILE, { file: `${MAP_DIR}/${name}` }, { id }),
      );
  }
  return ids;
}

export function loadSites(
  inputs: MigrationInputs,
  allowedHosts: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): LegacySite[] {
  const dir = path.join(inputs.root, MAP_DIR);
  const sites: LegacySite[] = [];
  for (const id of siteIds(dir, diagnostics)) {
    const file = `${MAP_DIR}/${id}.yml`;
    const source = fs.readFileSync(path.join(dir, `${id}.yml`), 'utf8');
    const site = loadSiteFile(id, file, source, inputs, allowedHosts, diagnostics);
    if (site) sites.push(site);
  }
  return sites;
}

/** host -> site for every host and alias; sites with a bad host are reported and dropped. */
export function indexHosts(sites: LegacySite[], ownHost: string, diagnostics: Diagnostic[]) {
  const byHost = new Map<string, LegacySite>();
  const kept: LegacySite[] = [];
  for (const site of sites) {
    let ok = true;
    for (const host of [site.host, ...site.aliases]) {
      const at = {
        file: site.file,
        line: site.lines[host === site.host ? 'host' : 'aliases'] ?? 1,
      };
      const other = byHost.get(host);
      if (host === ownHost) diagnostics.push(report(migrations.MIGRATION_OWN_HOST, at, { host }));
      else if (other)
        diagnostics.push(
          report(migrations.MIGRATION_HOST_CONFLICT, at, { host, other: other.file }),
        );
      else continue;
      ok = false;
    }
    if (!ok) continue;
    for (const host of [site.host, ...site.aliases]) byHost.set(host, site);
    kept.push(site);
  }
  return { sites: kept, byHost };
}

/** `allowed-hosts.txt`: one host a line; blank lines and `#` comments ignored. */
export function loadAllowedHosts(root: string, diagnostics: Diagnostic[]): Set<string> {
  const file = `${MAP_DIR}/allowed-hosts.txt`;
  const full = path.join(root, file);
  const allowed = new Set<string>();
  if (!fs.existsSync(full)) return allowed;
  fs.readFileSync(full, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/#.*/, '').trim().toLowerCase();
      if (line === '') return;
      if (/^[a-z0-9.-]+(:\d+)?$/.test(line)) allowed.add(line);
      else
        diagnostics.push(
          report(
            migrations.MIGRATION_ALLOWED_HOST_INVALID,
            { file, line: i + 1 },
            { line: raw.trim() },
          ),
        );
    });
  return allowed;
}
