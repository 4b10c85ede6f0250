/**
 * The coverage report for migration teams in `_site/migrations/`: an overview with a bar per
 * legacy site, one page per site listing its unmapped URLs by hits, and coverage.json.
 */
import type nunjucks from 'nunjucks';
import { TOP_UNMAPPED, type CoverageReport } from './coverage.ts';
import type { PageContext } from './page-context.ts';

/** Path inside the site folder -> contents. */
export function coveragePages(env: nunjucks.Environment, report: CoverageReport, context: PageContext): Map<string, string> {
  const prefix = new URL(context.site.url).pathname.replace(/\/?$/, '/');
  const files = new Map<string, string>();
  files.set('migrations/coverage.json', `${JSON.stringify(report, null, 2)}\n`);
  files.set('migrations/index.html', env.render('migrations/overview.njk', {
    ...context,
    pageTitle: 'Legacy website coverage',
    description: 'How many URLs of each retired website redirect or are marked gone, weighted by traffic.',
    report,
    prefix,
  }));
  for (const s of report.sites) {
    files.set(`migrations/${s.id}/index.html`, env.render('migrations/site.njk', {
      ...context,
      pageTitle: `Coverage of ${s.host}`,
      description: `Mapped and unmapped URLs of ${s.host}, weighted by traffic.`,
      s,
      prefix,
      truncated: s.unmapped > TOP_UNMAPPED,
    }));
  }
  return files;
}
