/**
 * The canonical form as the real nginx serves it: every rule of test/migrations/canonical-rules.ts
 * (the table of docs/migrations/guide.md) becomes a mapping, and each request that the rule says
 * finds it must be redirected to its page; each that must not, must not.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrationInputs } from '../../src/migrations/index.ts';
import { get, hasNginx, serve } from '../helpers/nginx.ts';
import {
  CANONICAL_HOST,
  CANONICAL_QUERY_PARAMS,
  CANONICAL_RULES,
} from '../migrations/canonical-rules.ts';

const target = (i: number) => `/rule-${i + 1}/`;
const cell = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

describe.skipIf(!hasNginx)('the canonical form, served by nginx', () => {
  let port = 0;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canonical-'));
    fs.mkdirSync(`${dir}/migrations-map`);
    fs.cpSync(path.join(process.cwd(), 'layouts'), `${dir}/layouts`, { recursive: true });
    fs.writeFileSync(
      `${dir}/migrations-map/canon.yml`,
      `host: ${CANONICAL_HOST}\ndepartment: tax-office\nhomepage: /\nquery_params: [${CANONICAL_QUERY_PARAMS.join(', ')}]\n`,
    );
    const rows = CANONICAL_RULES.map(
      ({ written }, i) => `${cell(`http://${CANONICAL_HOST}${written}`)},${target(i)},301`,
    );
    fs.writeFileSync(
      `${dir}/migrations-map/canon.csv`,
      ['old_url,new_url,status', ...rows].join('\n'),
    );
    const inputs: MigrationInputs = {
      root: dir,
      siteUrl: 'https://www.example.gov',
      publishedPaths: new Set(['/', ...CANONICAL_RULES.map((_, i) => target(i))]),
      departments: new Map([['tax-office', { name: 'Tax Office' }]]),
      pageLegacyUrls: [],
    };
    const served = await serve(inputs, dir);
    expect(served.diagnostics).toEqual([]);
    ({ port, child } = served);
  });
  afterAll(() => child?.kill('SIGTERM'));

  describe.each(CANONICAL_RULES.map((rule, i) => ({ ...rule, i })))(
    '$rule',
    ({ found, notFound = [], i }) => {
      const location = `https://www.example.gov${target(i)}`;
      it.each(found)('redirects %s', async (request) => {
        expect(await get(port, CANONICAL_HOST, request)).toMatchObject({ status: 301, location });
      });
      if (notFound.length > 0)
        it.each(notFound)('does not redirect %s there', async (request) => {
          expect((await get(port, CANONICAL_HOST, request)).location).not.toBe(location);
        });
    },
  );
});
