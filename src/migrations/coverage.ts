/**
 * Coverage figures, per legacy site and in total. URLs are distinct canonical keys known from
 * mappings and hits; a URL is covered when it is mapped (301 or 410), and the old site's root is
 * always covered (it redirects to the homepage). Hits coverage weights each URL by its traffic.
 */
import type { MigrationModel } from './model.ts';

export interface UnmappedUrl {
  url: string;
  hits: number;
}

export interface CoverageFigures {
  urls: number;
  redirected: number;
  gone: number;
  unmapped: number;
  /** mapped / urls, 0..1 (1 when no URL is known). */
  coverage: number;
  hits_total: number;
  hits_covered: number;
  /** hits_covered / hits_total, 0..1 (1 when no hits are known). */
  hits_coverage: number;
  /** Unmapped URLs, most hits first (at most TOP_UNMAPPED of them). */
  top_unmapped: UnmappedUrl[];
}

export interface SiteCoverage extends CoverageFigures {
  id: string;
  host: string;
  department: string;
}

export interface CoverageReport {
  sites: SiteCoverage[];
  total: CoverageFigures;
}

export const TOP_UNMAPPED = 1000;

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const byHits = (a: UnmappedUrl, b: UnmappedUrl) => b.hits - a.hits || a.url.localeCompare(b.url);

function figures(status: Map<string, 301 | 410>, hits: Map<string, UnmappedUrl>): CoverageFigures {
  const keys = new Set([...status.keys(), ...hits.keys()]);
  let redirected = 0, gone = 0, hitsTotal = 0, hitsCovered = 0;
  const unmapped: UnmappedUrl[] = [];
  for (const key of keys) {
    const code = status.get(key);
    const known = hits.get(key)?.hits ?? 0;
    hitsTotal += known;
    if (code === 301) redirected++;
    else if (code === 410) gone++;
    else unmapped.push(hits.get(key)!);
    if (code) hitsCovered += known;
  }
  return {
    urls: keys.size,
    redirected,
    gone,
    unmapped: unmapped.length,
    coverage: ratio(redirected + gone, keys.size),
    hits_total: hitsTotal,
    hits_covered: hitsCovered,
    hits_coverage: ratio(hitsCovered, hitsTotal),
    top_unmapped: unmapped.sort(byHits).slice(0, TOP_UNMAPPED),
  };
}

export function coverageReport(model: MigrationModel): CoverageReport {
  const all = { status: new Map<string, 301 | 410>(), hits: new Map<string, UnmappedUrl>() };
  const sites = model.sites.map((site): SiteCoverage => {
    const status = new Map<string, 301 | 410>();
    const hits = new Map<string, UnmappedUrl>();
    for (const m of model.mappings) if (m.site === site.id) status.set(m.url.key, m.status);
    for (const h of model.hits) if (h.site === site.id) hits.set(h.url.key, { url: h.url.original, hits: h.hits });
    const root = `${site.host}/`;
    if (hits.has(root) && !status.has(root)) status.set(root, 301);
    status.forEach((code, key) => all.status.set(key, code));
    hits.forEach((hit, key) => all.hits.set(key, hit));
    return { id: site.id, host: site.host, department: site.department, ...figures(status, hits) };
  });
  return { sites, total: figures(all.status, all.hits) };
}
