/**
 * External links are not fetched by the build (it has no network): they are listed in
 * `_deploy/external-links.json` for people to review, each URL with the pages that hold it and,
 * where a page came from Markdown, its source file.
 */
import fs from 'node:fs';
import path from 'node:path';

export const EXTERNAL_LINKS_REPORT = 'external-links.json';

export interface ExternalLink {
  url: string;
  /** Site paths of the pages holding the link, e.g. `/vat/register/`, with their Markdown file. */
  pages: Array<{ page: string; file?: string }>;
}

export interface ExternalLinksReport {
  count: number;
  links: ExternalLink[];
}

/**
 * `external` maps each URL to the output files holding it (`vat/index.html`); `fileOf` names the
 * Markdown file an output file was built from.
 */
export function externalLinksReport(
  external: ReadonlyMap<string, readonly string[]>,
  pathPrefix: string,
  fileOf: (output: string) => string | undefined = () => undefined,
): ExternalLinksReport {
  const links = [...external]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([url, outputs]) => ({
      url,
      pages: [...new Set(outputs)].sort().map((output) => {
        const file = fileOf(output);
        return {
          page: `${pathPrefix}${output.replace(/(^|\/)index\.html$/, '$1')}`,
          ...(file && { file }),
        };
      }),
    }));
  return { count: links.length, links };
}

export function writeExternalLinksReport(deployDir: string, report: ExternalLinksReport): void {
  fs.mkdirSync(deployDir, { recursive: true });
  fs.writeFileSync(
    path.join(deployDir, EXTERNAL_LINKS_REPORT),
    `${JSON.stringify(report, null, 2)}\n`,
  );
}

/** The line printed after the build summary; undefined when the build wrote no report. */
export function externalLinksSummary(deployDir: string): string | undefined {
  const file = path.join(deployDir, EXTERNAL_LINKS_REPORT);
  if (!fs.existsSync(file)) return undefined;
  const { count } = JSON.parse(fs.readFileSync(file, 'utf8')) as ExternalLinksReport;
  return `  ${count} external link${count === 1 ? '' : 's'} listed, not fetched: ${path.relative(process.cwd(), file) || file}`;
}
