import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { beforeAll, describe, expect, it } from 'vitest';

const productRoot = path.resolve(import.meta.dirname, '../..');

let options: ICruiseOptions;
beforeAll(async () => {
  options = await extractDepcruiseOptions(path.join(productRoot, '.dependency-cruiser.cjs'));
});

/** Each broken rule as a reader of the failure wants it: the rule, and the import that breaks it. */
async function violations(baseDir: string, inputs: string[]): Promise<string[]> {
  const { output } = await cruise(inputs, { ...options, baseDir });
  return (output as ICruiseResult).summary.violations.map((v) =>
    v.cycle
      ? `${v.rule.name}: ${[v.from, ...v.cycle.map((step) => step.name)].join(' -> ')}`
      : `${v.rule.name}: ${v.from} -> ${v.to}`,
  );
}

/** The layer table as the rules enforce it: folder -> the folders it may import. */
function enforcedLayers(): Map<string, string[]> {
  const layers = new Map<string, string[]>();
  for (const rule of options.ruleSet?.forbidden ?? []) {
    const folder = /^layer-(.+)$/.exec(rule.name ?? '')?.[1];
    // Each layer rule refuses imports of src/ outside `^src/(<folder>|<allowed>...)/`.
    const pathNot = (rule as { to?: { pathNot?: string } }).to?.pathNot;
    if (!folder || !pathNot) continue;
    const allowed = /^\^src\/\((.+)\)\/$/.exec(pathNot)![1]!.split('|');
    layers.set(folder, allowed.filter((f) => f !== folder).sort());
  }
  return layers;
}

/** The table in docs/architecture.md: a row per folder, its allowed imports in the last column. */
function documentedLayers(): Map<string, string[]> {
  const doc = fs.readFileSync(path.join(productRoot, 'docs/architecture.md'), 'utf8');
  const layers = new Map<string, string[]>();
  for (const row of doc.matchAll(/^\| `src\/([a-z-]+)\/` \|.*\| (.*) \|$/gm)) {
    const allowed = [...row[2]!.matchAll(/`src\/([a-z-]+)\/`/g)].map((m) => m[1]!);
    layers.set(row[1]!, allowed.sort());
  }
  return layers;
}

describe('the layers of src/', () => {
  it('are kept: no folder imports one it may not, and no module depends on itself', async () => {
    expect(await violations(productRoot, ['src', '.eleventy.ts'])).toEqual([]);
  });

  it('are the ones docs/architecture.md writes down', () => {
    expect(documentedLayers()).toEqual(enforcedLayers());
  });

  it('give every folder of src/ a place', () => {
    const folders = fs
      .readdirSync(path.join(productRoot, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !enforcedLayers().has(folder))).toEqual([]);
  });

  it('refuse content importing render, and a cycle, naming the modules', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    fs.copyFileSync(path.join(productRoot, 'tsconfig.json'), path.join(root, 'tsconfig.json'));
    write(
      'src/content/page.ts',
      "import { html } from '../render/html.ts';\nexport const page = html;\n",
    );
    write(
      'src/render/html.ts',
      "import { page } from '../content/page.ts';\nexport const html = page;\n",
    );
    expect((await violations(root, ['src'])).sort()).toEqual([
      'layer-content: src/content/page.ts -> src/render/html.ts',
      'no-circular: src/content/page.ts -> src/render/html.ts -> src/content/page.ts',
    ]);
  });
});
