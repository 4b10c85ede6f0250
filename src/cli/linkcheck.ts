// npm run linkcheck: linkinator over the built _site/, served on 127.0.0.1 under the path prefix
// of content/_data/site.yml. External links are skipped (they are listed by the build instead).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { auditLinks, formatProblems } from '../quality/linkinator.ts';
import { serveSite } from '../quality/static-server.ts';

const root = process.cwd();
const siteDir = path.join(root, '_site');
if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
  console.error(`There is no built site in ${siteDir}: run npm run build first.`);
  process.exit(2);
}
const siteUrl = String(
  (parse(fs.readFileSync(path.join(root, 'content/_data/site.yml'), 'utf8')) as { url?: unknown })
    ?.url ?? 'http://localhost/',
);
const pathPrefix = new URL(siteUrl).pathname.replace(/\/?$/, '/');

const served = await serveSite(siteDir, { pathPrefix });
try {
  console.log(
    `Checking links with linkinator from ${served.url} (site ${siteUrl}; other hosts skipped)`,
  );
  const { broken, checked, skipped } = await auditLinks(served.url, siteUrl);
  if (broken.length) {
    console.log(
      `\n${broken.length} broken link${broken.length === 1 ? '' : 's'}:\n${formatProblems(broken)}\n`,
    );
  }
  console.log(`${checked} links OK, ${broken.length} broken, ${skipped} skipped (external).`);
  process.exitCode = broken.length ? 1 : 0;
} finally {
  await served.close();
}
