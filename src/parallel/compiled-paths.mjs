// Where `node src/cli/compiled.mjs` puts the bundle of a module of src/, shared by the worker
// threads' entry so that a compiled tool's workers run compiled modules too.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const sourceRoot = fileURLToPath(new URL('../', import.meta.url));

/** Set, for the tool and its threads, to the folder of the bundles this run uses. */
export const COMPILED_DIR_VARIABLE = 'GOV_PUBLISHING_COMPILED';

/** The product's Eleventy config (`.eleventy.ts`) as JavaScript, in the folder of the bundles. */
export const COMPILED_ELEVENTY_CONFIG = 'eleventy-config.mjs';

/** The bundle of `sourceFile` (a .ts file under src/) in `dir`: same path, .mjs for .ts. */
export const compiledPath = (dir, sourceFile) =>
  path.join(dir, path.relative(sourceRoot, sourceFile).replace(/\.ts$/, '.mjs'));
