import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { filesIn } from '../build/shards/content-digest.ts';
import { measureTree, type TreeUsage } from './process-tree.ts';

const productRoot = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(productRoot, 'node_modules/.bin/tsx');
const cli = path.join(productRoot, 'src/cli/build.ts');

/** `npm run build -- <args>` on the site at `root`, measured with every process it starts. */
export async function measuredBuild(
  root: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<TreeUsage> {
  const usage = await measureTree(tsx, [cli, ...args], { cwd: root, env });
  if (usage.status !== 0)
    throw new Error(`npm run build -- ${args.join(' ')} failed:\n${usage.stdout}`);
  return usage;
}

/** A digest of the site published at `root`, to compare the builds' output. */
export function siteDigest(root: string): string {
  const hash = createHash('sha256');
  const dir = path.join(root, '_site');
  for (const file of filesIn(dir)) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 12);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const mb = (n: number) => `${Math.round(n).toLocaleString('en-GB')} MB`;
