// The layer rules of src/ (docs/architecture.md explains them), checked by
// test/architecture/layers.test.ts and by `npx depcruise src .eleventy.ts` on a terminal.

/**
 * Each folder of src/ and the folders it may import from, besides itself. Data flows down the
 * table: content is loaded and validated, rendered, then published, searched and checked; the
 * folders at the bottom only wire the ones above together. A folder missing here is refused.
 */
const layers = {
  report: [],
  parallel: [],
  types: [],
  styles: [],
  content: ['report'],
  files: ['content', 'report'],
  render: ['content', 'files', 'report'],
  assets: ['content', 'render'],
  quality: ['render', 'report'],
  migrations: ['content', 'render', 'quality', 'report'],
  search: ['render', 'parallel', 'report'],
  links: ['report'],
  check: ['content', 'files', 'render', 'migrations', 'parallel', 'report'],
  import: ['content', 'files', 'render', 'migrations', 'check', 'parallel', 'report'],
  docs: ['content', 'files', 'render', 'migrations', 'check', 'report'],
  eleventy: [
    'content',
    'files',
    'render',
    'assets',
    'quality',
    'migrations',
    'search',
    'links',
    'check',
    'parallel',
    'report',
  ],
  build: [
    'content',
    'files',
    'render',
    'assets',
    'quality',
    'migrations',
    'search',
    'links',
    'check',
    'eleventy',
    'parallel',
    'report',
  ],
  bench: [
    'content',
    'files',
    'render',
    'assets',
    'quality',
    'migrations',
    'search',
    'links',
    'check',
    'build',
    'parallel',
    'report',
  ],
  cli: [
    'content',
    'files',
    'render',
    'assets',
    'quality',
    'migrations',
    'search',
    'links',
    'check',
    'import',
    'docs',
    'eleventy',
    'build',
    'bench',
    'parallel',
    'report',
  ],
};

const folders = Object.keys(layers).join('|');

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module never depends on itself through others, types included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'unknown-folder',
      comment: 'Every folder of src/ has a place in the layer table of .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${folders})/` },
      to: {},
    },
    {
      name: 'eleventy-config',
      comment: '.eleventy.ts only hands Eleventy what src/eleventy/ gives it.',
      severity: 'error',
      from: { path: '^\\.eleventy\\.ts$' },
      to: { path: '^src/', pathNot: '^src/eleventy/' },
    },
    {
      name: 'src-not-tests',
      comment: 'The product never imports its tests, nor the Eleventy config that runs it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test/|\\.eleventy\\.ts$)' },
    },
    ...Object.entries(layers).map(([folder, allowed]) => ({
      name: `layer-${folder}`,
      comment: `src/${folder}/ may import ${allowed.length ? allowed.map((f) => `src/${f}/`).join(', ') : 'nothing else in src/'}.`,
      severity: 'error',
      from: { path: `^src/${folder}/` },
      to: { path: '^src/', pathNot: `^src/(${[folder, ...allowed].join('|')})/` },
    })),
  ],
  options: {
    // Type-only imports count: a type is as much a dependency of a layer as a function is.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
