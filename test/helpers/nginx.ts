/**
 * The real nginx on 127.0.0.1, serving the legacy-site config the migrations write: started in a
 * folder of its own, asked with a legacy Host header.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import {
  loadMigrations,
  type MigrationInputs,
  writeMigrationOutputs,
} from '../../src/migrations/index.ts';

export const NGINX = '/usr/sbin/nginx';
export const hasNginx = fs.existsSync(NGINX);
if (!hasNginx)
  console.log(`Skipping the nginx tests: ${NGINX} does not exist (apt-get install nginx).`);

export interface Answer {
  status: number;
  location: string | undefined;
  body: string;
}

export function get(port: number, host: string, urlPath: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, headers: { Host: host } },
      (res) => {
        let body = '';
        res
          .setEncoding('utf8')
          .on('data', (chunk: string) => (body += chunk))
          .on('end', () =>
            resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }),
          );
      },
    );
    req.on('error', reject).end();
  });
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Starts nginx with a minimal nginx.conf that includes the generated config; resolves once it answers. */
export async function startNginx(
  dir: string,
  port: number,
): Promise<{ child: ChildProcess; ms: number }> {
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true });
  fs.chmodSync(dir, 0o755); // nginx's workers run as nobody when started as root
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (name) => `  ${name}_temp_path ${dir}/temp/${name};`,
  );
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events {}',
      'http {',
      '  access_log off;',
      ...temp,
      `  include ${dir}/deploy/nginx/legacy-sites.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const started = performance.now();
  const child = spawn(NGINX, ['-p', dir, '-c', `${dir}/nginx.conf`, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(
        `nginx exited: ${stderr}${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`,
      );
    try {
      await get(port, 'nobody.invalid', '/');
      return { child, ms: performance.now() - started };
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
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
