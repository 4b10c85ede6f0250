import fs from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';

// Child process of `npm run bench`: the baseline. Bare Eleventy renders the same Markdown with a
// one-line layout and nothing else: no validation, no design system, no later stages.
const [root, outputDir] = process.argv.slice(2) as [string, string];
const includes = path.join(outputDir, '..', 'bare-includes');
fs.mkdirSync(includes, { recursive: true });
fs.writeFileSync(
  path.join(includes, 'bare.njk'),
  '<!doctype html><title>{{ title }}</title>{{ content | safe }}\n',
);

const start = performance.now();
const eleventy = new Eleventy(path.join(root, 'content'), outputDir, {
  quietMode: true,
  config: (config: any) => {
    config.setIncludesDirectory(path.relative(path.join(root, 'content'), includes));
    config.addGlobalData('layout', 'bare.njk');
    config.addGlobalData('templateEngineOverride', 'md');
  },
});
await eleventy.write();
console.log(
  JSON.stringify({
    totalMs: performance.now() - start,
    peakMemoryMb: process.resourceUsage().maxRSS / 1024,
  }),
);
