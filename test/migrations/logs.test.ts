/** `npm run hits`: real log lines in each format, the hits file a user gets and what is printed. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCombinedLine } from '../../src/migrations/logs/combined.ts';
import { parseW3cLine, readFieldsLine } from '../../src/migrations/logs/w3c.ts';

const FIXTURES = path.resolve('test/fixtures/logs');
const NGINX = path.join(FIXTURES, 'nginx-access.log');
const IIS = path.join(FIXTURES, 'iis-u_ex261202.log');
const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src/cli/hits.ts');

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hits-'));
  roots.push(root);
  fs.cpSync(path.join(FIXTURES, 'migrations-map'), path.join(root, 'migrations-map'), {
    recursive: true,
  });
  return root;
}

function hits(root: string, ...args: string[]) {
  const run = spawnSync(TSX, [CLI, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const file = path.join(root, 'migrations-map/oldsite.hits.csv');
  return {
    status: run.status,
    out: run.stdout,
    err: run.stderr,
    csv: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null,
  };
}

describe('npm run hits', () => {
  it('counts an nginx combined log, an IIS log whose #Fields change, and a gzipped log', () => {
    const root = project();
    // Rotated logs are gzipped under names that do not say so: the magic bytes decide.
    fs.writeFileSync(path.join(root, 'access.log.1'), zlib.gzipSync(fs.readFileSync(NGINX)));
    const run = hits(root, NGINX, IIS, 'access.log.1', '--site', 'oldsite');
    expect(run.err).toBe('');
    expect(run.status).toBe(0);
    expect(run.csv).toBe(
      [
        'url,hits',
        'http://www.oldsite.example.gov.uk/vat/rates.html,6',
        'http://www.oldsite.example.gov.uk/page.php?id=12,4',
        'http://www.oldsite.example.gov.uk/sa/index.html,4',
        'http://www.oldsite.example.gov.uk/Page.php?ID=7,2',
        'http://www.oldsite.example.gov.uk/old/leaflet.pdf,2',
        '',
      ].join('\n'),
    );
    expect(run.out).toContain(
      `${NGINX}: combined\n${IIS}: IIS W3C extended\naccess.log.1: combined`,
    );
    expect(run.out).toContain('41 log lines: 18 hits counted, 20 skipped, 3 malformed');
    expect(run.out).toMatch(/ {11}4 {2}an error status/);
    expect(run.out).toMatch(/ {11}5 {2}not a GET/);
    expect(run.out).toMatch(/ {11}1 {2}a Host header that is not the site/);
    expect(run.out).toMatch(/ {11}5 {2}an image, stylesheet, script or font/);
    expect(run.out).toMatch(/ {11}5 {2}a robot/);
    expect(run.out).toContain(`${NGINX}:15: it is not in the combined or common log format`);
    expect(run.out).toContain(`${IIS}:9: it has 6 fields where #Fields: names 15`);
    expect(run.out).toContain('Wrote migrations-map/oldsite.hits.csv: 5 URLs, 18 hits.');
  });

  it('reports every unreadable file in one run and leaves the old hits file as it was', () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'migrations-map/oldsite.hits.csv'), 'url,hits\n/a,1\n');
    fs.writeFileSync(path.join(root, 'broken.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    const run = hits(root, 'missing.log', 'broken.gz', NGINX, '--site', 'oldsite');
    expect(run.status).toBe(1);
    expect(run.out).toContain('Could not read:\n  missing.log: ENOENT: no such file or directory');
    expect(run.out).toContain('  broken.gz: unexpected end of file');
    expect(run.out).toContain('Wrote nothing');
    expect(run.csv).toBe('url,hits\n/a,1\n');
  });

  it('names the sites there are when --site names none', () => {
    const run = hits(project(), NGINX, '--site', 'oldsit');
    expect(run.status).toBe(2);
    expect(run.err).toContain(
      'There is no legacy site "oldsit" (migrations-map/oldsit.yml). Sites: oldsite.',
    );
  });
});

describe('log lines', () => {
  it('reads the common format, which has no user agent', () => {
    const line = '203.0.113.18 - - [02/Dec/2026:10:00:13 +0000] "GET /sa/ HTTP/1.0" 200 3000';
    expect(parseCombinedLine(line)).toEqual({
      kind: 'request',
      request: { method: 'GET', target: '/sa/', status: 200, userAgent: '', host: '' },
    });
  });

  it('reads IIS columns by the #Fields line, with + as a space in the user agent', () => {
    const fields = readFieldsLine('#Fields: cs-uri-query sc-status cs(User-Agent) cs-uri-stem');
    expect(parseW3cLine('id=3 301 Mozilla/5.0+(X11) /page.asp', fields)).toEqual({
      kind: 'request',
      request: {
        method: 'GET',
        target: '/page.asp?id=3',
        status: 301,
        userAgent: 'Mozilla/5.0 (X11)',
        host: '',
      },
    });
    expect(parseW3cLine('2026-12-02 GET /a 200', null)).toEqual({
      kind: 'malformed',
      why: 'it comes before any #Fields: line',
    });
  });
});
