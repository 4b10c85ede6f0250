import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file in a folder, by its path inside it, with a hash of its bytes: two equal digests are two byte-identical trees. */
export function treeDigest(dir: string): Record<string, string> {
  const digest: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    digest[path.relative(dir, file).split(path.sep).join('/')] = createHash('sha256')
      .update(fs.readFileSync(file))
      .digest('hex');
  }
  return Object.fromEntries(Object.entries(digest).sort(([a], [b]) => a.localeCompare(b)));
}
