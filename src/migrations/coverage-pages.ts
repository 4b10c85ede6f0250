/**
 * The coverage report for migration teams in `_site/migrations/`: an overview with a bar per
 * legacy site, one page per site listing its unmapped URLs by hits, and coverage.json.
 */
import type nunjucks from 'nunjucks';
import { pathPrefixOf } from '../render/urls.ts';
import { type CoverageReport, TOP_UNMAPPED } from './coverage.ts';
import { type PageContext, rebase } from './page-context.ts';

/** Path inside the site folder -> contents. */
export function coveragePages(
  env: nunjucks.Environment,
  report: CoverageReport,
  context: PageContext,
): Map<string, string> {
  const prefix = pathPrefixOf(context.site.url);
  const files = new Map<string, string>();
  files.set('migrations/coverage.json', `${JSON.stringify(report, null, 2)}\n`);
  files.set(
    'migrations/index.html',
    rebase(
      env.render('migrations/overview.njk', {
        ...context,
        page: { url: '/migrations/' },
        pageTitle: 'Legacy website coverage',
        description:
          'How many URLs of each retired website redirect or are marked gone, weighted by traffic.',
        report,
      }),
      prefix,
    ),
  );
  for (const s of report.sites) {
    files.set(
      `migrations/${s.id}/index.html`,
      rebase(
        env.render('migrations/site.njk', {
          ...context,
          page: { url: `/migrations/${s.id}/` },
          pageTitle: `Coverage of ${s.host}`,
          description: `Mapped and unmapped URLs of ${s.host}, weighted by traffic.`,
          s,
          truncated: s.unmapped > TOP_UNMAPPED,
        }),
        prefix,
      ),
    );
  }
  return files;
}
