/**
 * Migrations map: legacy sites, their mappings and hits, checked and resolved into a model, then
 * written as nginx config, pages for legacy hosts, redirect files and the coverage report.
 *
 *   loadMigrations(inputs)                      -> { model, diagnostics }   (reads, never writes)
 *   writeMigrationOutputs(model, inputs, dirs)  -> files in _site/ and _deploy/
 *   coverageReport(model)                       -> the figures of coverage.json
 */
import { type Diagnostic, sortDiagnostics } from '../report/diagnostic.ts';
import { answererFor } from './answers.ts';
import { withGoneLinks } from './gone-links.ts';
import { loadHits } from './load-hits.ts';
import { loadPageLegacyUrls, loadSiteMappings, normaliserFor } from './load-mappings.ts';
import type { MigrationInputs, MigrationModel } from './model.ts';
import { dedupeSameDomain, resolveMappings, type UnmappedEnd } from './resolve.ts';
import { checkSiteRules } from './rule-checks.ts';
import { indexHosts, loadAllowedHosts, loadSites } from './sites.ts';
import type { TargetContext } from './targets.ts';

export {
  type CoverageFigures,
  type CoverageReport,
  coverageReport,
  type SiteCoverage,
} from './coverage.ts';
export type {
  Hit,
  LegacySite,
  Mapping,
  MigrationInputs,
  MigrationModel,
  SameDomainRedirect,
} from './model.ts';
export { type NormalisedUrl, normaliseUrl } from './normalise.ts';
export { type OutputOptions, writeMigrationOutputs } from './write-outputs.ts';

export function loadMigrations(inputs: MigrationInputs): {
  model: MigrationModel;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const siteUrl = inputs.siteUrl.replace(/\/?$/, '/');
  const own = new URL(siteUrl);
  const allowedHosts = loadAllowedHosts(inputs.root, diagnostics);
  const { sites, byHost } = indexHosts(
    loadSites(inputs, allowedHosts, diagnostics),
    own.host.toLowerCase(),
    diagnostics,
  );
  const base: TargetContext = {
    ownHost: own.host.toLowerCase(),
    ownPrefix: own.pathname,
    publishedPaths: inputs.publishedPaths,
    oldPaths: new Set(),
    byHost,
    allowedHosts,
  };
  const pages = loadPageLegacyUrls(inputs, base, diagnostics);
  const sameDomain = dedupeSameDomain(pages.sameDomain, diagnostics);
  const context = { ...base, oldPaths: new Set(sameDomain.map((move) => move.from)) };
  // A site's mappings and hits share one normaliser, so a URL in both is normalised once.
  const normalisers = new Map(sites.map((site) => [site, normaliserFor(site.host, context)]));
  const fromCsv = sites.flatMap((site) =>
    loadSiteMappings(inputs.root, site, context, normalisers.get(site)!, diagnostics),
  );
  const answerers = new Map(
    sites.map((site) => [site.host, answererFor(site, siteUrl.replace(/\/$/, ''))]),
  );
  const unmappedEnd: UnmappedEnd = (host, path) => {
    const answer = answerers.get(host)?.(path, undefined);
    return answer && answer.by !== 'none' && answer.by !== 'mapping'
      ? { status: answer.status, target: answer.location }
      : undefined;
  };
  const resolved = resolveMappings(
    [...fromCsv, ...pages.candidates],
    sameDomain,
    siteUrl,
    unmappedEnd,
    diagnostics,
  );
  checkSiteRules(sites, resolved, context, diagnostics);
  const mappings = withGoneLinks(resolved, fromCsv, siteUrl, inputs.publishedTitles);
  const hits = sites.flatMap((site) =>
    loadHits(inputs.root, site, normalisers.get(site)!, diagnostics),
  );
  return {
    model: { siteUrl, sites, mappings, hits, sameDomain },
    diagnostics: sortDiagnostics(diagnostics),
  };
}
