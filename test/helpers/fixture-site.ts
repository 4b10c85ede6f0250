import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');

/**
 * A site in a fresh temporary folder: the valid base fixture, with the named fixture's files laid
 * over it (a bad-input case replaces or adds just the files it is about).
 */
export function fixtureSite(overlay?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-site-'));
  fs.cpSync(path.join(fixturesDir, 'base'), root, { recursive: true });
  if (overlay) fs.cpSync(path.join(fixturesDir, overlay), root, { recursive: true });
  return root;
}

/** Writes files (path relative to the site root -> text) into a site folder. */
export function writeFiles(root: string, files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}
