import { buildSite } from '../build/build-site.ts';
import { buildSummary } from '../build/summary.ts';
import { externalLinksSummary } from '../quality/external-links.ts';
import { formatForTerminal } from '../report/terminal.ts';

// npm run build: the full production build into _site/ and _deploy/.
const result = await buildSite({ root: process.cwd() });
if (result.diagnostics.length || !result.ok) {
  console.log(formatForTerminal(result.diagnostics, process.stdout.isTTY));
}
if (!result.ok) {
  console.error(
    '\nThe build stopped before writing anything: fix the errors above. The previous _site/ is unchanged.',
  );
  // exitCode, not exit(): exit() would cut off a long list of errors still on its way down a pipe.
  process.exitCode = 1;
} else {
  console.log(
    [buildSummary(result.model!, result.timings, result.totalMs), externalLinksSummary('_deploy')]
      .filter(Boolean)
      .join('\n'),
  );
}
