// Runs a command-line tool from a bundle of its TypeScript, so that no thread pays for tsx:
//
//   node src/cli/compiled.mjs src/cli/check.ts [arguments...]
//
// Through tsx's loader, the check's main thread and its worker each spent about half a second
// starting (four isolates booting on two cores): an eighth of `npm run check` on a large site.
// esbuild (the compiler tsx itself uses) bundles the tool, and the modules it runs on worker
// threads, into node_modules/.cache; it bundles again whenever a file it read has changed, so a
// bundle never runs stale code.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, transform, version } from 'esbuild';
import {
  COMPILED_DIR_VARIABLE,
  COMPILED_ELEVENTY_CONFIG,
  compiledPath,
  sourceRoot,
} from '../parallel/compiled-paths.mjs';

const productRoot = path.dirname(sourceRoot);
/** Where the bundles are kept: a fresh clone, as in CI, has none and makes them on its first run. */
export const compiledCache = path.join(productRoot, 'node_modules/.cache/gov-publishing/compiled');
const self = path.relative(productRoot, fileURLToPath(import.meta.url));

/** Modules started on worker threads (ModuleWorker): bundled beside the tool, which may start them. */
const WORKER_MODULES = ['src/check/worker-tasks.ts', 'src/search/pagefind-thread.ts'];

const ELEVENTY_CONFIG = '.eleventy.ts';

/** Bundles older than this, and no longer current, are removed when a new one is made. */
const KEEP_OLD_MS = 60 * 60 * 1000;

/**
 * The folder holding the bundles of `entry` (a .ts file under src/, absolute or relative to the
 * product folder) and of the worker modules. Made, or made again, only when out of date.
 */
export async function compiled(entry) {
  const home = path.join(
    compiledCache,
    path
      .relative(sourceRoot, path.resolve(productRoot, entry))
      .replace(/\.ts$/, '')
      .replaceAll(path.sep, '-'),
  );
  const current = path.join(home, readCurrent(home));
  if (isFresh(current)) return current;
  // Each bundle has a folder of its own, never changed once made, and the name of the current one
  // is swapped in whole: checks running at the same time never see half a bundle or lose theirs.
  const dir = path.join(home, `${Date.now()}-${process.pid}`);
  const started = Date.now();
  const { metafile } = await build({
    absWorkingDir: productRoot,
    entryPoints: [entry, ...WORKER_MODULES],
    outdir: dir,
    outbase: 'src',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'error',
    plugins: [sourceLocations],
  });
  // Eleventy imports its config file itself, and plain Node imports no .ts: the build's
  // Eleventy reads this JavaScript of it instead (src/eleventy/eleventy-for.ts).
  const config = path.join(productRoot, ELEVENTY_CONFIG);
  const { code } = await transform(fs.readFileSync(config, 'utf8'), {
    loader: 'ts',
    format: 'esm',
  });
  fs.writeFileSync(path.join(dir, COMPILED_ELEVENTY_CONFIG), code);
  fs.writeFileSync(
    path.join(dir, 'inputs.json'),
    JSON.stringify(stamp([...Object.keys(metafile.inputs), self, ELEVENTY_CONFIG], started)),
  );
  const pointer = path.join(home, `current.tmp-${process.pid}`);
  fs.writeFileSync(pointer, path.basename(dir));
  fs.renameSync(pointer, path.join(home, 'current'));
  for (const old of fs.readdirSync(home, { withFileTypes: true })) {
    const folder = path.join(home, old.name);
    const made =
      old.isDirectory() && folder !== dir
        ? fs.statSync(folder, { throwIfNoEntry: false })?.mtimeMs
        : undefined;
    if (made !== undefined && made < started - KEEP_OLD_MS)
      fs.rmSync(folder, { recursive: true, force: true });
  }
  return dir;
}

function readCurrent(home) {
  try {
    return fs.readFileSync(path.join(home, 'current'), 'utf8');
  } catch {
    return 'none';
  }
}

/**
 * Each file's modification time and size, and esbuild's version. A file changed while the bundle
 * was being made is marked so, and the next run makes it again.
 */
function stamp(files, madeAt = Infinity) {
  return {
    esbuild: version,
    files: Object.fromEntries(
      files.map((file) => {
        const stat = fs.statSync(path.join(productRoot, file), { throwIfNoEntry: false });
        return [
          file,
          !stat
            ? 'missing'
            : stat.mtimeMs >= madeAt
              ? 'changed while bundling'
              : `${stat.mtimeMs} ${stat.size}`,
        ];
      }),
    ),
  };
}

function isFresh(dir) {
  try {
    const made = fs.readFileSync(path.join(dir, 'inputs.json'), 'utf8');
    return JSON.stringify(stamp(Object.keys(JSON.parse(made).files))) === made;
  } catch {
    return false;
  }
}

/**
 * Each module keeps its own import.meta.url and import.meta.dirname, so the files it finds beside
 * itself (layouts, assets, worker modules) are found where they are in src/, not beside the bundle.
 */
const sourceLocations = {
  name: 'source-locations',
  setup(bundler) {
    bundler.onLoad({ filter: /\.ts$/ }, ({ path: file }) => ({
      contents: fs
        .readFileSync(file, 'utf8')
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file))),
      loader: 'ts',
    }));
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error('Usage: node src/cli/compiled.mjs src/cli/<tool>.ts [arguments...]');
    process.exit(2);
  }
  const dir = await compiled(entry);
  process.env[COMPILED_DIR_VARIABLE] = dir;
  process.setSourceMapsEnabled(true);
  const bundle = compiledPath(dir, path.resolve(productRoot, entry));
  // The tool reads its arguments from process.argv, as if it had been run itself.
  process.argv = [process.argv[0], bundle, ...args];
  await import(pathToFileURL(bundle).href);
}
