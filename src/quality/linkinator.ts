/**
 * The independent link audit: linkinator crawls a served `_site/` from its home page, checking
 * every page, asset and `#fragment` it reaches. It never leaves 127.0.0.1: absolute links on the
 * site's own address are rewritten to the local server, and every other host is skipped.
 */
import { LinkChecker, type LinkResult, LinkState } from 'linkinator';

export interface LinkProblem {
  /** The broken URL, as linkinator reports it. */
  url: string;
  /** The page linkinator names as holding the link. */
  parent: string | undefined;
  status: number | undefined;
  reason: string;
}

export interface AuditResult {
  broken: LinkProblem[];
  checked: number;
  skipped: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `serverUrl` is where the site is served (`http://127.0.0.1:<port>/<prefix>`); `siteUrl` is its
 * public address (site.yml's `url`).
 */
export async function auditLinks(serverUrl: string, siteUrl: string): Promise<AuditResult> {
  const local = new URL(serverUrl);
  const publicBase = new URL(siteUrl);
  const publicPrefix = `${publicBase.origin}${publicBase.pathname.replace(/\/?$/, '/')}`;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: serverUrl,
    recurse: true,
    checkFragments: true,
    concurrency: 10,
    timeout: 10_000,
    urlRewriteExpressions: [
      { pattern: new RegExp(`^${escape(publicPrefix)}`), replacement: local.href },
    ],
    linksToSkip: async (link) => !isLocal(link, local),
  });
  return {
    broken: uniqueProblems(result.links.filter((l) => l.state === LinkState.BROKEN).map(problem)),
    checked: result.links.filter((l) => l.state === LinkState.OK).length,
    skipped: result.links.filter((l) => l.state === LinkState.SKIPPED).length,
  };
}

function isLocal(link: string, local: URL): boolean {
  try {
    const url = new URL(link);
    return url.hostname === '127.0.0.1' && url.port === local.port;
  } catch {
    return false;
  }
}

function problem(link: LinkResult): LinkProblem {
  const reasons = (link.failureDetails ?? []).map((d) =>
    d instanceof Error ? d.message : `HTTP ${d.status}`,
  );
  return {
    url: link.url,
    parent: link.parent,
    status: link.status,
    reason: reasons[reasons.length - 1] ?? `HTTP ${link.status ?? 0}`,
  };
}

/**
 * One report per broken link and page. linkinator also crawls the 404 page served for a missing
 * URL and reports that URL again from itself (through the skip link's `#main-content`): dropped.
 */
function uniqueProblems(problems: LinkProblem[]): LinkProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      if (p.parent && p.parent === p.url.replace(/#.*$/, '')) return false;
      const key = `${p.url} ${p.parent}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** One line per broken link, for the terminal. */
export function formatProblems(problems: readonly LinkProblem[]): string {
  return problems
    .map((p) => `  ${p.url}\n      on ${p.parent ?? '(the start page)'}: ${p.reason}`)
    .join('\n');
}
