import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { govukFrontendDist } from './nunjucks-paths.ts';

/**
 * The CSP source (`'sha256-...'`) for each inline script of govuk-frontend's `template.njk`.
 * The template adds `js-enabled` to <body> with one inline script before anything loads; a strict
 * `script-src` must allow exactly that script, so its hash is read from the installed template
 * rather than copied here, and an upgrade that changes it cannot leave a stale hash behind.
 */
export function govukTemplateScriptHashes(): string[] {
  const template = fs.readFileSync(path.join(govukFrontendDist, 'govuk/template.njk'), 'utf8');
  return [...template.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
  );
}
