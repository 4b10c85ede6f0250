import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file in a folder, by its path inside it, with a hash of its bytes, and every folder (as
 * `name/`): two equal digests are two byte-identical trees. Folders count, as nginx answers a
 * folder with no index.html with 403, where it answers a missing one with 404.
 */
export function treeDigest(dir: string): Record<string, string> {
  const digest: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const inside = path.relative(dir, file).split(path.sep).join('/');
    if (entry.isDirectory()) digest[`${inside}/`] = 'folder';
    if (!entry.isFile()) continue;
    digest[inside] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return Object.fromEntries(Object.entries(digest).sort(([a], [b]) => a.localeCompare(b)));
}
