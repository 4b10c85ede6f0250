/**
 * Turns `<site>.csv` rows and pages' `legacy_urls` into candidate mappings, each checked on its
 * own line: the old URL, its host, the status and the shape of the target. Chains, loops and
 * duplicates need every candidate at once and are left to resolve.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { redirects } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { readCsv } from './csv.ts';
import { type GoneLinks, goneLinks, TRANSITION_HEADERS } from './gone-links.ts';
import type { LegacySite, MappingStatus, MigrationInputs, SameDomainRedirect } from './model.ts';
import { type NormalisedUrl, type NormaliseResult, normaliseUrl, withHost } from './normalise.ts';
import { MAP_DIR } from './sites.ts';
import { classifyTarget, ownSitePath, type Target, type TargetContext } from './targets.ts';

export interface Candidate {
  site: string;
  url: NormalisedUrl;
  status: MappingStatus;
  target: Target | null;
  file: string;
  line: number;
  /** A gone URL's own archive copy and suggested page, when its row gives them. */
  links?: GoneLinks;
}

/** Normalises an old URL, with `defaultHost` for a path, and each host's significant query keys. */
export type UrlNormaliser = (raw: string) => NormaliseResult;

/**
 * Each URL is normalised once however often it is asked for: a site's hits mostly list its
 * mappings' old URLs again (loading 100,000 mappings and their hits: 1.73 s before, 1.37 s after).
 */
export function normaliserFor(defaultHost: string, ctx: TargetContext): UrlNormaliser {
  const seen = new Map<string, NormaliseResult>();
  const options = {
    defaultHost,
    queryParams: (host: string) => ctx.byHost.get(host)?.queryParams ?? [],
  };
  return (raw) => {
    let result = seen.get(raw);
    if (!result) seen.set(raw, (result = normaliseUrl(raw, options)));
    return result;
  };
}

/** Normalises an old URL and finds its site; reports it when no legacy site serves its host. */
export function oldUrl(
  raw: string,
  at: { file: string; line: number },
  ctx: TargetContext,
  normalise: UrlNormaliser,
  diagnostics: Diagnostic[],
) {
  const parsed = normalise(raw);
  if (!parsed.ok)
    return void diagnostics.push(
      report(redirects.MIGRATION_INVALID_OLD_URL, at, { url: raw, why: parsed.reason }),
    );
  const site = ctx.byHost.get(parsed.url.host);
  if (parsed.url.host === ctx.ownHost)
    return void diagnostics.push(report(redirects.MIGRATION_OLD_URL_OWN_HOST, at, { url: raw }));
  if (!site)
    return void diagnostics.push(
      report(redirects.MIGRATION_UNKNOWN_HOST, at, { url: raw, host: parsed.url.host }),
    );
  return { url: withHost(parsed.url, site.host), site };
}

export function loadSiteMappings(
  root: string,
  site: LegacySite,
  ctx: TargetContext,
  normalise: UrlNormaliser,
  diagnostics: Diagnostic[],
): Candidate[] {
  const file = `${MAP_DIR}/${site.id}.csv`;
  const full = path.join(root, file);
  if (!fs.existsSync(full)) return [];
  const { rows, diagnostics: csvProblems } = readCsv(
    fs.readFileSync(full, 'utf8'),
    file,
    ['old_url', 'new_url', 'status'],
    TRANSITION_HEADERS,
  );
  diagnostics.push(...csvProblems);
  const candidates: Candidate[] = [];
  for (const { line, fields } of rows) {
    const at = { file, line };
    const old = oldUrl(fields.old_url ?? '', at, ctx, normalise, diagnostics);
    const status = fields.status ?? '';
    const newUrl = fields.new_url ?? '';
    if (status !== '301' && status !== '410')
      diagnostics.push(report(redirects.MIGRATION_UNKNOWN_STATUS, at, { status }));
    else if (status === '410' && newUrl !== '')
      diagnostics.push(report(redirects.MIGRATION_GONE_WITH_TARGET, at, { target: newUrl }));
    else if (status === '301' && newUrl === '')
      diagnostics.push(report(redirects.MIGRATION_MISSING_TARGET, at));
    else if (old) {
      const target = status === '301' ? classifyTarget(newUrl, at, ctx) : null;
      const links = goneLinks(fields, at, ctx, diagnostics);
      if (target && 'code' in target) diagnostics.push(target);
      else
        candidates.push({
          site: old.site.id,
          url: old.url,
          status: Number(status) as MappingStatus,
          target,
          file,
          line,
          ...(links.archive || links.suggested ? { links } : {}),
        });
    }
  }
  return candidates;
}

/** Pages' `legacy_urls`: URLs on legacy hosts become 301 mappings, paths become same-domain moves. */
export function loadPageLegacyUrls(
  inputs: MigrationInputs,
  ctx: TargetContext,
  diagnostics: Diagnostic[],
) {
  const candidates: Candidate[] = [];
  const sameDomain: SameDomainRedirect[] = [];
  const normalise = normaliserFor('', ctx);
  for (const { url, target, file, line } of inputs.pageLegacyUrls) {
    const at = { file, line };
    const isPath = url.startsWith('/') && !url.startsWith('//');
    const parsed = isPath ? null : normalise(url);
    if (isPath || (parsed?.ok && parsed.url.host === ctx.ownHost)) {
      const from = isPath ? url : ownSitePath(url, ctx);
      if (inputs.publishedPaths.has(from))
        diagnostics.push(report(redirects.MIGRATION_OLD_PATH_PUBLISHED, at, { path: from }));
      else sameDomain.push({ from, to: target, file, line });
      continue;
    }
    const old = oldUrl(url, at, ctx, normalise, diagnostics);
    if (old)
      candidates.push({
        site: old.site.id,
        url: old.url,
        status: 301,
        target: { kind: 'page', path: target },
        file,
        line,
      });
  }
  return { candidates, sameDomain };
}
