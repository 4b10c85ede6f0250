/**
 * What a 301's new_url points at: a published page, an old path on this domain or an old URL on a
 * retired legacy host (both redirect again, so they are chains to resolve), or an allowed external
 * host or a legacy host still live.
 */
import { redirects } from '../report/catalogue/index.ts';
import { type Diagnostic, type Location, report } from '../report/diagnostic.ts';
import type { LegacySite } from './model.ts';
import { normaliseUrl, withHost } from './normalise.ts';

export type Target =
  | { kind: 'page'; path: string }
  | { kind: 'old-path'; path: string }
  | { kind: 'legacy'; key: string; host: string; path: string }
  | { kind: 'external'; url: string };

export interface TargetContext {
  /** Host of the site's own url. */
  ownHost: string;
  /** Path prefix of the site's own url, e.g. `/` or `/gov/`. */
  ownPrefix: string;
  publishedPaths: ReadonlySet<string>;
  /** Old paths on this domain (pages' legacy_urls), as written. */
  oldPaths: ReadonlySet<string>;
  byHost: ReadonlyMap<string, LegacySite>;
  allowedHosts: ReadonlySet<string>;
}

function sitePath(
  path: string,
  raw: string,
  at: Location,
  ctx: TargetContext,
): Target | Diagnostic {
  const bare = path.replace(/[?#].*$/, '');
  if (ctx.publishedPaths.has(bare)) return { kind: 'page', path };
  if (ctx.oldPaths.has(bare)) return { kind: 'old-path', path: bare };
  const guesses = [`${bare}/`, bare.toLowerCase(), `${bare.toLowerCase()}/`];
  const guess = guesses.find((p) => ctx.publishedPaths.has(p));
  return report(redirects.MIGRATION_TARGET_NOT_PUBLISHED, at, { target: raw, guess });
}

/** The site path of a URL on the site's own host: its path less the site's prefix (`/gov/a/` -> `/a/`). */
export function ownSitePath(url: string, ctx: Pick<TargetContext, 'ownPrefix'>): string {
  const path = new URL(url).pathname;
  return path.startsWith(ctx.ownPrefix) ? path.slice(ctx.ownPrefix.length - 1) : path;
}

export function classifyTarget(raw: string, at: Location, ctx: TargetContext): Target | Diagnostic {
  if (raw.startsWith('/') && !raw.startsWith('//')) return sitePath(raw, raw, at, ctx);
  if (!/^https?:\/\/./i.test(raw))
    return report(redirects.MIGRATION_INVALID_TARGET, at, { target: raw });
  const parsed = normaliseUrl(raw, {
    queryParams: (host) => ctx.byHost.get(host)?.queryParams ?? [],
  });
  if (!parsed.ok) return report(redirects.MIGRATION_INVALID_TARGET, at, { target: raw });
  const { host } = parsed.url;
  if (host === ctx.ownHost) return sitePath(ownSitePath(raw, ctx), raw, at, ctx);
  const legacy = ctx.byHost.get(host);
  // A site not yet retired still serves its pages; a retired one answers through its map.
  if (legacy?.live) return { kind: 'external', url: raw };
  if (legacy)
    return {
      kind: 'legacy',
      key: withHost(parsed.url, legacy.host).key,
      host: legacy.host,
      path: parsed.url.path,
    };
  if (ctx.allowedHosts.has(host)) return { kind: 'external', url: raw };
  return report(redirects.MIGRATION_TARGET_HOST_NOT_ALLOWED, at, { target: raw, host });
}
