/** The rules of `npm run hits` one by one: what is skipped, how URLs are spelt and written. */
import { describe, expect, it } from 'vitest';
import type { LogRequest } from '../../src/migrations/logs/request.ts';
import { skipRule } from '../../src/migrations/logs/skip-rules.ts';
import { significantSpelling, totalHits } from '../../src/migrations/logs/tally.ts';
import { hitsCsv } from '../../src/migrations/logs/write-hits.ts';

const HOSTS = new Set(['www.old.example', 'old.example']);
const request = (over: Partial<LogRequest>): LogRequest => ({
  method: 'GET',
  target: '/a.html',
  status: 200,
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0',
  host: '',
  ...over,
});

describe('what is not counted', () => {
  it.each([
    [{}, null],
    [{ status: 304 }, null],
    [{ status: 404 }, null],
    [{ status: 410 }, null],
    [{ status: 403 }, 'status'],
    [{ status: 500 }, 'status'],
    [{ method: 'HEAD' }, 'method'],
    [{ method: 'POST' }, 'method'],
    [{ method: '', target: '' }, 'not-a-path'],
    [{ target: '*', method: 'GET' }, 'not-a-path'],
    [{ target: 'http://other.example/a.html' }, 'other-host'],
    [{ target: 'http://old.example/a.html' }, null],
    [{ host: 'WWW.OLD.EXAMPLE:80' }, null],
    [{ host: 'intranet.example' }, 'other-host'],
    [{ target: '/img/Logo.PNG?v=2' }, 'asset'],
    [{ target: '/forms/form.pdf' }, null],
    [{ userAgent: 'Mozilla/5.0 (compatible; YandexBot/3.0)' }, 'bot'],
    [{ userAgent: 'curl/8.5.0' }, 'bot'],
    [{ userAgent: '' }, null],
  ] as const)('%j -> %s', (over, rule) => {
    expect(skipRule(request(over), HOSTS)).toBe(rule);
  });
});

describe('URLs', () => {
  it('keeps only the significant query keys, as spelt', () => {
    const id = new Set(['id']);
    expect(significantSpelling('/p.php?utm_source=x&ID=3', id)).toBe('/p.php?ID=3');
    expect(significantSpelling('/p.php?utm_source=x', id)).toBe('/p.php');
    expect(significantSpelling('http://old.example/p.php', id)).toBe('/p.php');
  });

  it('adds up one canonical URL, writes the spelling seen most, equal hits in URL order', () => {
    const counts = new Map([
      ['/VAT/', 1],
      ['/vat', 3],
      ['/vat?utm=1', 1],
      ['/b', 5],
    ]);
    expect(totalHits(counts, 'www.old.example', []).urls).toEqual([
      { url: 'http://www.old.example/b', hits: 5 },
      { url: 'http://www.old.example/vat', hits: 5 },
    ]);
  });

  it('quotes a URL that holds a comma or a quote', () => {
    expect(hitsCsv([{ url: 'http://a.example/x,"y"', hits: 2 }])).toBe(
      'url,hits\n"http://a.example/x,""y""",2\n',
    );
  });
});
