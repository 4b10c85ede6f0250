import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A short digest of a file's bytes: the same content always gets the same name. */
export function contentHash(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}

/** `govuk-frontend.min.js` -> `govuk-frontend.min-1a2b3c4d5e.js`: safe to cache for a year. */
export function hashedName(name: string, content: string | Buffer): string {
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)}-${contentHash(content)}${ext}`;
}

/**
 * Writes `content` under `dir` with a hashed name and returns that name (relative to `dir`).
 * The name is a digest of the content, so an existing file is already right and is kept.
 */
export function writeHashed(dir: string, name: string, content: string | Buffer): string {
  const hashed = path.posix.join(
    path.posix.dirname(name),
    hashedName(path.posix.basename(name), content),
  );
  const target = path.join(dir, hashed);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return hashed;
}
