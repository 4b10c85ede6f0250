import fs from 'node:fs';
import path from 'node:path';
import type { FixedProblem } from './edits.ts';
import { fixPage } from './index.ts';

/**
 * Fixes the content pages among `files` (paths relative to `root`) in place, writing only the
 * files that change. Returns what was fixed, file by file.
 */
export function fixFiles(root: string, files: Iterable<string>): FixedProblem[] {
  const fixed: FixedProblem[] = [];
  for (const file of [...files].sort()) {
    if (!file.startsWith('content/') || !file.endsWith('.md')) continue;
    const full = path.join(root, file);
    const bytes = fs.readFileSync(full);
    const text = bytes.toString('utf8');
    // A file that is not UTF-8 would have its unreadable bytes replaced when written back.
    if (!Buffer.from(text, 'utf8').equals(bytes)) continue;
    const result = fixPage(file, text);
    if (result.text !== text) fs.writeFileSync(full, result.text);
    fixed.push(...result.fixed);
  }
  return fixed;
}
