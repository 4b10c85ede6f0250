/**
 * The real nginx on 127.0.0.1, serving the legacy-site config the migrations write: started in a
 * folder of its own, asked with a legacy Host header.
 */
import type { ChildProcess } from 'node:child_process';
import {
  loadMigrations,
  type MigrationInputs,
  writeMigrationOutputs,
} from '../../src/migrations/index.ts';
import {
  type Answer,
  freePort,
  get,
  hasNginx,
  NGINX,
  startNginx as startServer,
} from '../../src/quality/nginx-server.ts';

export { type Answer, freePort, get, hasNginx, NGINX };

if (!hasNginx)
  console.log(`Skipping the nginx tests: ${NGINX} does not exist (apt-get install nginx).`);

/** Starts nginx with a minimal nginx.conf that includes the generated config; resolves once it answers. */
export async function startNginx(
  dir: string,
  port: number,
): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = await startServer(dir, port, [`${dir}/deploy/nginx/legacy-sites.conf`]);
  return { child, ms: performance.now() - started };
}

export async function serve(inputs: MigrationInputs, dir: string) {
  const { model, diagnostics } = loadMigrations(inputs);
  const port = await freePort();
  await writeMigrationOutputs(model, inputs, {
    siteDir: `${dir}/site`,
    deployDir: `${dir}/deploy`,
    listen: `127.0.0.1:${port}`,
  });
  return { port, diagnostics, ...(await startNginx(dir, port)) };
}
