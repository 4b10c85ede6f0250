import { buildSite } from '../build/build-site.ts';

// Child process of `npm run bench`: builds one site and prints its figures as JSON, so each
// build's peak memory is its own process's.
const [root, siteDir, deployDir] = process.argv.slice(2) as [string, string, string];
const start = performance.now();
const result = await buildSite({ root, siteDir, deployDir });
console.log(
  JSON.stringify({
    ok: result.ok,
    errors: result.diagnostics.filter((d) => d.severity === 'error').slice(0, 5),
    pages: result.model?.pages.length ?? 0,
    timings: result.timings,
    totalMs: performance.now() - start,
    peakMemoryMb: process.resourceUsage().maxRSS / 1024,
  }),
);
