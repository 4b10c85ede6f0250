/**
 * regexProblem stands in for PCRE, which nginx compiles a rule's match with: on every pattern
 * here, it must accept what the real nginx accepts (`nginx -t`) and refuse what nginx refuses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quote } from '../../src/migrations/nginx-text.ts';
import { regexProblem } from '../../src/migrations/site-rules.ts';
import { nginxAccepts } from '../../src/quality/nginx-server.ts';
import { hasNginx } from '../helpers/nginx.ts';

const PATTERNS = [
  '^/r4d/(.*)$',
  '^/(news|press)/\\d{4}/([a-z0-9-]+)\\.html$',
  '^/reports/(\\d{4})/([a-z0-9-]+)\\.pdf$',
  '^/a(?:/|$)',
  '(?<=ab)c',
  '(?<!x)y',
  '^/(?<year>\\d{4})/',
  '^/caf\u00e9/',
  '[\\w.-]+\\s*',
  '^/a{2,}$',
  '^/a/(',
  '[z-a]',
  '(?<=a*)b',
  '(?<=a+)b',
  '\\u00e9',
  '[^]',
  '*a',
  'a{2,1}',
  '(?<n>a)(?<n>b)',
];

describe.skipIf(!hasNginx)('rule patterns: this product and nginx agree', () => {
  it.each(PATTERNS)('%s', (pattern) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-regex-'));
    fs.writeFileSync(
      `${dir}/server.conf`,
      `server { listen 127.0.0.1:9; location / { if ($uri ~* ${quote(Buffer.from(pattern).toString('latin1'))}) { return 410; } } }\n`,
      'latin1',
    );
    const nginx = nginxAccepts(dir, [`${dir}/server.conf`]);
    const ours = regexProblem(pattern);
    expect({ accepted: ours === undefined, why: ours }).toMatchObject({ accepted: nginx.ok });
  });
});
