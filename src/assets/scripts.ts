import fs from 'node:fs';
import path from 'node:path';
import { govukFrontendDist } from '../render/nunjucks-paths.ts';
import { writeHashed } from './hash.ts';

/**
 * govuk-frontend's JavaScript, and the small module that starts it. Both are files rather than
 * inline scripts so a strict Content-Security-Policy (`script-src 'self'`) allows them. The page
 * works without them: they only enhance components (menus, details, skip link focus).
 */
export function writeScripts(assetsDir: string): string {
  const library = writeHashed(
    assetsDir,
    'govuk-frontend.min.js',
    fs.readFileSync(path.join(govukFrontendDist, 'govuk/govuk-frontend.min.js')),
  );
  // Imported relative to this file, so it works under any path prefix.
  const init = `import { initAll } from './${library}';\ninitAll();\n`;
  return writeHashed(assetsDir, 'init.js', init);
}
