import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from './hash.ts';

const require = createRequire(import.meta.url);
const cacheRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../node_modules/.cache/gov-publishing',
);
// Sass exports no package.json; its entry file is beside it.
const sassPackage = path.join(path.dirname(require.resolve('sass')), 'package.json');
const toolVersions = `govuk-frontend@${require('govuk-frontend/package.json').version} sass@${
  JSON.parse(fs.readFileSync(sassPackage, 'utf8')).version
}`;

/**
 * Compiling govuk-frontend's Sass takes seconds and its result depends only on its source, so a
 * finished set of files is kept under node_modules/.cache and copied into later builds.
 * `produce` writes into the folder it is given and returns the name the caller needs.
 */
export function cachedFiles(
  source: string,
  outputDir: string,
  produce: (dir: string) => string,
): string {
  const dir = path.join(cacheRoot, contentHash(`${toolVersions}\n${source}`));
  const manifest = path.join(dir, '.result');
  if (!fs.existsSync(manifest)) {
    const work = `${dir}.tmp-${process.pid}`;
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    fs.writeFileSync(path.join(work, '.result'), produce(work));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(work, dir);
  }
  fs.mkdirSync(outputDir, { recursive: true });
  fs.cpSync(dir, outputDir, {
    recursive: true,
    filter: (file) => path.basename(file) !== '.result',
  });
  return fs.readFileSync(manifest, 'utf8');
}
