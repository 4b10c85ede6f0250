/**
 * The system nginx, started on 127.0.0.1 with a minimal nginx.conf that includes the server
 * blocks a build wrote: by the e2e suite, and by the migrations benchmark.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

export const NGINX = '/usr/sbin/nginx';
export const hasNginx = fs.existsSync(NGINX);

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', () => resolve(true)).on('error', () => resolve(false));
    socket.end();
  });

/** A minimal nginx.conf in `dir`, its prefix (pid, logs, temp files), including `includes` in http {}. */
function writeConf(dir: string, includes: readonly string[]): string {
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true });
  fs.chmodSync(dir, 0o755); // nginx's workers run as nobody when started as root
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (name) => `  ${name}_temp_path ${dir}/temp/${name};`,
  );
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    [
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  access_log off;',
      ...temp,
      ...includes.map((file) => `  include ${file};`),
      '}',
      '',
    ].join('\n'),
  );
  return conf;
}

/** `nginx -t` on the config: whether nginx accepts it, and what it said. */
export function nginxAccepts(
  dir: string,
  includes: readonly string[],
): { ok: boolean; said: string } {
  const conf = writeConf(dir, includes);
  const run = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-c', conf], { encoding: 'utf8' });
  return { ok: run.status === 0, said: run.stderr.trim() };
}

/** nginx with `dir` as its prefix, including each of `includes`; resolves once `port` answers. */
export async function startNginx(
  dir: string,
  port: number,
  includes: readonly string[],
): Promise<ChildProcess> {
  writeConf(dir, includes);
  const child = spawn(NGINX, ['-p', dir, '-c', `${dir}/nginx.conf`, '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  for (let i = 0; !(await answers(port)); i++) {
    if (child.exitCode !== null || i > 250) {
      const log = path.join(dir, 'error.log');
      throw new Error(
        `nginx did not start: ${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return child;
}

/** One request to the nginx on 127.0.0.1 for `host`: its status, Location and body. */
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
