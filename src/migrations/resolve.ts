/**
 * Turns candidates into the final mappings: one per canonical key (a second mapping of the same
 * URL to a different target is an error naming both lines), chains collapsed to where they end
 * (a warning) and loops reported (an error).
 */
import { redirects } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import type { Candidate } from './load-mappings.ts';
import type { Mapping, SameDomainRedirect } from './model.ts';
import type { Target } from './targets.ts';

const describe = (target: Target | null): string =>
  target === null
    ? 'gone'
    : target.kind === 'page' || target.kind === 'old-path'
      ? target.path
      : target.kind === 'legacy'
        ? target.key
        : target.url;

function dedupe(candidates: Candidate[], diagnostics: Diagnostic[]): Map<string, Candidate> {
  const byKey = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const first = byKey.get(candidate.url.key);
    if (!first) byKey.set(candidate.url.key, candidate);
    else if (
      first.status !== candidate.status ||
      describe(first.target) !== describe(candidate.target)
    ) {
      diagnostics.push(
        report(redirects.MIGRATION_DUPLICATE_OLD_URL, candidate, { key: candidate.url.key, first }),
      );
    }
  }
  return byKey;
}

type End =
  | { status: 301 | 410; target: string | null; hops: number }
  | { loop: string[] }
  | { unmapped: string };

/** Where an old URL of a retired site ends when no mapping has it: its rules, global or home. */
export type UnmappedEnd = (
  host: string,
  path: string,
) => { status: 301 | 410; target: string | null } | undefined;

export function resolveMappings(
  candidates: Candidate[],
  sameDomain: SameDomainRedirect[],
  siteUrl: string,
  unmappedEnd: UnmappedEnd,
  diagnostics: Diagnostic[],
): Mapping[] {
  const byKey = dedupe(candidates, diagnostics);
  const oldPaths = new Map(sameDomain.map((move) => [move.from, move.to]));
  const base = siteUrl.replace(/\/$/, '');
  const follow = (start: Candidate): End => {
    const seen = [start.url.key];
    let current = start;
    for (let hops = 0; ; hops++) {
      const target = current.target;
      if (target === null) return { status: 410, target: null, hops };
      if (target.kind === 'page') return { status: 301, target: base + target.path, hops };
      if (target.kind === 'external') return { status: 301, target: target.url, hops };
      if (target.kind === 'old-path')
        return {
          status: 301,
          target: base + (oldPaths.get(target.path) ?? target.path),
          hops: hops + 1,
        };
      const next = byKey.get(target.key);
      if (!next) {
        const end = unmappedEnd(target.host, target.path);
        return end ? { ...end, hops: hops + 1 } : { unmapped: target.key };
      }
      if (seen.includes(target.key))
        return { loop: [...seen.slice(seen.indexOf(target.key)), target.key] };
      seen.push(target.key);
      current = next;
    }
  };
  const mappings: Mapping[] = [];
  for (const candidate of byKey.values()) {
    const end = follow(candidate);
    if ('loop' in end)
      diagnostics.push(report(redirects.MIGRATION_LOOP, candidate, { cycle: end.loop }));
    else if ('unmapped' in end)
      diagnostics.push(
        report(redirects.MIGRATION_TARGET_UNMAPPED, candidate, { target: end.unmapped }),
      );
    else {
      if (end.hops > 0)
        diagnostics.push(
          report(redirects.MIGRATION_CHAIN, candidate, {
            via: describe(candidate.target),
            end: end.target ?? 'gone (410)',
          }),
        );
      const { site, url, file, line } = candidate;
      mappings.push({ site, url, status: end.status, target: end.target, file, line });
    }
  }
  return mappings;
}

/** Same-domain moves, one per old path; a second with a different target is a duplicate. */
export function dedupeSameDomain(
  moves: SameDomainRedirect[],
  diagnostics: Diagnostic[],
): SameDomainRedirect[] {
  const byPath = new Map<string, SameDomainRedirect>();
  for (const move of moves) {
    const first = byPath.get(move.from);
    if (!first) byPath.set(move.from, move);
    else if (first.to !== move.to)
      diagnostics.push(
        report(redirects.MIGRATION_DUPLICATE_OLD_URL, move, { key: move.from, first }),
      );
  }
  return [...byPath.values()];
}
