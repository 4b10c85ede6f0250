import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { filesIn } from '../build/shards/content-digest.ts';
import { measureTree, type TreeUsage } from './process-tree.ts';

const productRoot = path.resolve(import.meta.dirname, '../..');
/** What `npm run build` runs: the build's bundle (src/cli/compiled.mjs). */
const build = [path.join(productRoot, 'src/cli/compiled.mjs'), 'src/cli/build.ts'];

/** `npm run build -- <args>` on the site at `root`, measured with every process it starts. */
export async function measuredBuild(
  root: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<TreeUsage> {
  const usage = await measureTree(process.execPath, [...build, ...args], { cwd: root, env });
  if (usage.status !== 0)
    throw new Error(`npm run build -- ${args.join(' ')} failed:\n${usage.stdout}`);
  return usage;
}

/** A digest of the site published at `root`, to compare the builds' output. */
export function siteDigest(root: string): string {
  const hash = createHash('sha256');
  const dir = path.join(root, '_site');
  for (const file of filesIn(dir)) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
  // A folder left with no file in it is a difference too: nginx answers it 403, not 404.
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isDirectory())
      hash.update(path.relative(dir, path.join(entry.parentPath, entry.name)));
  return hash.digest('hex').slice(0, 12);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const mb = (n: number) => `${Math.round(n).toLocaleString('en-GB')} MB`;
