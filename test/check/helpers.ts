import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fixtureSite, fixturesDir } from '../helpers/fixture-site.ts';

export const productRoot = path.resolve(import.meta.dirname, '../..');

/** The base fixture site with check overlays laid over it in order, e.g. `published`, `style`. */
export function checkSite(...overlays: string[]): string {
  const root = fixtureSite();
  for (const overlay of overlays)
    fs.cpSync(path.join(fixturesDir, 'check', overlay), root, { recursive: true });
  return root;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of our commands as a user would, with the site as the working folder. */
export async function runCli(script: string, args: string[], cwd: string): Promise<CliRun> {
  const run = promisify(execFile)(
    path.join(productRoot, 'node_modules/.bin/tsx'),
    [path.join(productRoot, 'src/cli', script), ...args],
    { cwd },
  );
  return run.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
}

export const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');
export const write = (root: string, file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
