import type { SiteState } from '../eleventy/site-state.ts';
import { brokenLinkDiagnostics } from '../links/diagnostics.ts';
import { scanSite } from '../links/scan-site.ts';
import type { Diagnostic } from '../report/diagnostic.ts';

/** The site path a site URL lives under: `/` or, for https://x.github.io/gov/, `/gov/`. */
export const pathPrefixOf = (siteUrl: string) => new URL(siteUrl).pathname.replace(/\/?$/, '/');

/**
 * Checks every link of the rendered site before it is published, naming the Markdown file and
 * line a broken link came from.
 */
export function checkBuiltLinks(siteDir: string, state: SiteState): Diagnostic[] {
  const prefix = pathPrefixOf(state.model.config.url);
  const { broken } = scanSite(siteDir, prefix);
  const pageByOutput = new Map(state.model.pages.map((p) => [`${p.url.slice(1)}index.html`, p]));
  return brokenLinkDiagnostics(broken, '_site', (output, url) => {
    const page = pageByOutput.get(output);
    const line = page && state.renderedLinks.get(page.file)?.find((l) => prefix.replace(/\/$/, '') + l.href === url || l.href === url)?.line;
    return page && line ? { file: page.file, line } : undefined;
  });
}
