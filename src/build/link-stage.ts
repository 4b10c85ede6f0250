import { outputPathFor } from '../content/urls.ts';
import type { SiteState } from '../eleventy/site-state.ts';
import { brokenLinkDiagnostics } from '../links/diagnostics.ts';
import type { PageLinks } from '../links/extract.ts';
import { scanSite } from '../links/scan-site.ts';
import { externalLinksReport, writeExternalLinksReport } from '../quality/external-links.ts';
import { pathPrefixOf } from '../render/urls.ts';
import type { Diagnostic } from '../report/diagnostic.ts';

/**
 * Checks every link of the rendered site before it is published, naming the Markdown file and
 * line a broken link came from. Given `reportDir` (the staged `_deploy/`), lists the external
 * links there, unfetched. `extracted` holds the links of pages taken as they were rendered.
 */
export async function checkBuiltLinks(
  siteDir: string,
  state: SiteState,
  reportDir?: string,
  extracted?: ReadonlyMap<string, PageLinks>,
): Promise<Diagnostic[]> {
  const prefix = pathPrefixOf(state.model.config.url);
  const { broken, external } = await scanSite(
    siteDir,
    prefix,
    new URL(state.model.config.url).origin,
    extracted,
  );
  const pageByOutput = new Map(state.model.pages.map((p) => [outputPathFor(p.url), p]));
  if (reportDir)
    writeExternalLinksReport(
      reportDir,
      externalLinksReport(external, prefix, (output) => pageByOutput.get(output)?.file),
    );
  return brokenLinkDiagnostics(broken, '_site', (output, url) => {
    const page = pageByOutput.get(output);
    const line =
      page &&
      state.renderedLinks
        .get(page.file)
        ?.find((l) => prefix.replace(/\/$/, '') + l.href === url || l.href === url)?.line;
    return page && line ? { file: page.file, line } : undefined;
  });
}
