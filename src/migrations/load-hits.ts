/**
 * Reads `<site>.hits.csv` (`url,hits`): the site's known URLs with their traffic. Rows whose URLs
 * normalise to the same canonical key are one URL, and their hits add up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { redirects } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { readCsv } from './csv.ts';
import type { UrlNormaliser } from './load-mappings.ts';
import type { Hit, LegacySite } from './model.ts';
import { withHost } from './normalise.ts';
import { MAP_DIR } from './sites.ts';

/** `normalise` is the site's, shared with its mappings (load-mappings.ts). */
export function loadHits(
  root: string,
  site: LegacySite,
  normalise: UrlNormaliser,
  diagnostics: Diagnostic[],
): Hit[] {
  const file = `${MAP_DIR}/${site.id}.hits.csv`;
  const full = path.join(root, file);
  if (!fs.existsSync(full)) return [];
  const { rows, diagnostics: csvProblems } = readCsv(fs.readFileSync(full, 'utf8'), file, [
    'url',
    'hits',
  ]);
  diagnostics.push(...csvProblems);
  const hosts = new Set([site.host, ...site.aliases]);
  const byKey = new Map<string, Hit>();
  for (const { line, fields } of rows) {
    const at = { file, line };
    const raw = fields.url ?? '';
    const value = fields.hits ?? '';
    const parsed = normalise(raw);
    if (!parsed.ok)
      diagnostics.push(
        report(redirects.MIGRATION_INVALID_OLD_URL, at, { url: raw, why: parsed.reason }),
      );
    else if (!/^\d+$/.test(value))
      diagnostics.push(report(redirects.MIGRATION_INVALID_HITS, at, { value }));
    else if (!hosts.has(parsed.url.host))
      diagnostics.push(report(redirects.MIGRATION_HITS_OTHER_SITE, at, { url: raw, id: site.id }));
    else {
      // Aliases are the same site: count them under its main host.
      const url = withHost(parsed.url, site.host);
      const hit = byKey.get(url.key);
      if (hit) hit.hits += Number(value);
      else byKey.set(url.key, { site: site.id, url, hits: Number(value) });
    }
  }
  return [...byKey.values()];
}
