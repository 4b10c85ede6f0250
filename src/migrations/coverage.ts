/**
 * Coverage figures, per legacy site and in total. URLs are distinct canonical keys known from
 * mappings and hits; a URL is covered when nginx answers it with a 301 or 410: by its mapping, a
 * rule or the site's `global`, and the old site's root always (it redirects to the homepage).
 * Hits coverage weights each URL by its traffic.
 */
import { answeredBy, answererFor } from './answers.ts';
import { bySite, type MigrationModel } from './model.ts';

export interface UnmappedUrl {
  url: string;
  hits: number;
  /** Up to three published pages it might go to, best first (see suggestions.ts). */
  suggestions?: Array<{ path: string; title: string }>;
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

/** URLs known from hits that a rule or `global` answers, not a mapping. */
export interface RuleCoverage {
  /** `rule 2 (match ^/r4d/(.*)$)` or `global`. */
  rule: string;
  status: 301 | 410;
  urls: number;
  hits: number;
}

export interface SiteCoverage extends CoverageFigures {
  id: string;
  host: string;
  department: string;
  /** Not retired yet: its figures say how ready its map is. */
  live: boolean;
  by_rule: RuleCoverage[];
}

export interface CoverageReport {
  sites: SiteCoverage[];
  total: CoverageFigures;
}

export const TOP_UNMAPPED = 1000;

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const byHits = (a: UnmappedUrl, b: UnmappedUrl) =>
  b.hits - a.hits || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

interface Counts {
  redirected: number;
  gone: number;
  hits_total: number;
  hits_covered: number;
  /** Every unmapped URL, in any order. */
  unmapped: UnmappedUrl[];
}

function withRatios({
  redirected,
  gone,
  hits_total,
  hits_covered,
  unmapped,
}: Counts): CoverageFigures {
  const urls = redirected + gone + unmapped.length;
  return {
    urls,
    redirected,
    gone,
    unmapped: unmapped.length,
    coverage: ratio(redirected + gone, urls),
    hits_total,
    hits_covered,
    hits_coverage: ratio(hits_covered, hits_total),
    top_unmapped: unmapped.sort(byHits).slice(0, TOP_UNMAPPED),
  };
}

/** The URLs are those mapped and those with hits; an unmapped URL is known from its hits. */
function siteCounts(status: Map<string, 301 | 410>, hits: Map<string, UnmappedUrl>): Counts {
  const counts: Counts = { redirected: 0, gone: 0, hits_total: 0, hits_covered: 0, unmapped: [] };
  for (const [key, code] of status) {
    const known = hits.get(key)?.hits ?? 0;
    counts.hits_total += known;
    counts.hits_covered += known;
    if (code === 301) counts.redirected++;
    else counts.gone++;
  }
  for (const [key, hit] of hits) {
    if (status.has(key)) continue;
    counts.hits_total += hit.hits;
    counts.unmapped.push(hit);
  }
  return counts;
}

/** Sites never share a URL (each key holds the site's host), so the total adds them up. */
function totalCounts(sites: Counts[]): Counts {
  const total: Counts = { redirected: 0, gone: 0, hits_total: 0, hits_covered: 0, unmapped: [] };
  for (const site of sites) {
    total.redirected += site.redirected;
    total.gone += site.gone;
    total.hits_total += site.hits_total;
    total.hits_covered += site.hits_covered;
    for (const url of site.unmapped) total.unmapped.push(url);
  }
  return total;
}

export function coverageReport(model: MigrationModel): CoverageReport {
  const mappings = bySite(model.mappings);
  const knownHits = bySite(model.hits);
  const base = model.siteUrl.replace(/\/$/, '');
  const byRule = model.sites.map(() => new Map<string, RuleCoverage>());
  const counts = model.sites.map((site, i) => {
    const answer = answererFor(site, base);
    const status = new Map<string, 301 | 410>();
    const hits = new Map<string, UnmappedUrl>();
    for (const m of mappings.get(site.id) ?? []) status.set(m.url.key, m.status);
    for (const h of knownHits.get(site.id) ?? []) {
      hits.set(h.url.key, { url: h.url.original, hits: h.hits });
      if (status.has(h.url.key)) continue;
      const answered = answer(h.url.path, undefined);
      if (answered.by === 'none') continue;
      status.set(h.url.key, answered.status);
      const rule = answeredBy(answered);
      if (!rule) continue;
      const tally = byRule[i]!.get(rule) ?? { rule, status: answered.status, urls: 0, hits: 0 };
      tally.urls++;
      tally.hits += h.hits;
      byRule[i]!.set(rule, tally);
    }
    return siteCounts(status, hits);
  });
  // The total is counted before each site's unmapped list is cut to its top ones.
  const total = withRatios(totalCounts(counts));
  const sites = model.sites.map(
    (site, i): SiteCoverage => ({
      id: site.id,
      host: site.host,
      department: site.department,
      live: site.live,
      ...withRatios(counts[i]!),
      by_rule: [...byRule[i]!.values()],
    }),
  );
  return { sites, total };
}
