import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { layoutsDir } from '../../render/nunjucks-paths.ts';

/**
 * A fingerprint of what shards render from: every file in content/ (path and bytes) and the
 * product's layouts. Shards built on separate machines, and the merge, compare it, so a shard of
 * an older commit is refused rather than merged into a site it no longer matches.
 */
export function contentDigest(root: string): string {
  const hash = createHash('sha256');
  hashFolder(hash, 'content', path.join(root, 'content'));
  hashFolder(hash, 'layouts', layoutsDir);
  return hash.digest('hex');
}

/** Adds every file below `dir`, its path (under `label`) and its bytes, to `hash`. */
export function hashFolder(hash: Hash, label: string, dir: string): void {
  for (const file of filesIn(dir)) {
    hash.update(`${label}/${file}\0`);
    hash.update(fs.readFileSync(path.join(dir, file)));
    hash.update('\0');
  }
}

/** Every file below `dir`, by its path inside it with forward slashes, in sorted order. */
export function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}
