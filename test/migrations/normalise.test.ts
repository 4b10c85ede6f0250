import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/random.ts';
import { normaliseUrl } from '../../src/migrations/normalise.ts';

const key = (raw: string, queryParams: string[] = [], defaultHost?: string) => {
  const result = normaliseUrl(raw, { queryParams, defaultHost });
  return result.ok ? result.url.key : `error: ${result.reason}`;
};

// Path and query rules: canonical-form.test.ts.
describe('normaliseUrl', () => {
  it.each([
    ['scheme is ignored', 'https://www.old.gov.uk/a', [], 'www.old.gov.uk/a'],
    [
      'whole URL lowercased',
      'HTTP://WWW.Old.GOV.uk/About/Us.HTML',
      [],
      'www.old.gov.uk/about/us.html',
    ],
    ['fragment dropped', 'http://www.old.gov.uk/a#section-2', [], 'www.old.gov.uk/a'],
    ['trailing slash dropped', 'http://www.old.gov.uk/a/', [], 'www.old.gov.uk/a'],
    ['several trailing slashes dropped', 'http://www.old.gov.uk/a///', [], 'www.old.gov.uk/a'],
    ['the root stays /', 'http://www.old.gov.uk', [], 'www.old.gov.uk/'],
    ['the root with a slash', 'http://www.old.gov.uk/', [], 'www.old.gov.uk/'],
    ['default port 80 dropped', 'http://www.old.gov.uk:80/a', [], 'www.old.gov.uk/a'],
    ['port 443 dropped whatever the scheme', 'http://www.old.gov.uk:443/a', [], 'www.old.gov.uk/a'],
    ['other ports kept', 'http://www.old.gov.uk:8080/a', [], 'www.old.gov.uk:8080/a'],
    ['IDN host to punycode', 'http://bücher.example/a', [], 'xn--bcher-kva.example/a'],
    ['trailing dot of the host dropped', 'http://www.old.gov.uk./a', [], 'www.old.gov.uk/a'],
    ['encoded unreserved characters decoded', 'http://x.org/%7Euser/%61bc', [], 'x.org/~user/abc'],
    ['hex case does not matter', 'http://x.org/caf%C3%A9', [], 'x.org/caf%c3%a9'],
    ['raw UTF-8 encoded like the rest', 'http://x.org/café', [], 'x.org/caf%c3%a9'],
    ['a space is encoded', 'http://x.org/a b', [], 'x.org/a%20b'],
    ['dot segments resolved', 'http://x.org/a/../b/./c', [], 'x.org/b/c'],
    ['query dropped when no key is significant', 'http://x.org/a?utm_source=mail', [], 'x.org/a'],
    ['? with nothing after it', 'http://x.org/a?', ['id'], 'x.org/a'],
    ['? with no significant keys', 'http://x.org/a?x=1&y=2', ['id'], 'x.org/a'],
    [
      'significant keys kept and sorted',
      'http://x.org/p.php?z=1&page=2&id=3',
      ['id', 'page'],
      'x.org/p.php?id=3&page=2',
    ],
    ['query key case ignored', 'http://x.org/p.php?ID=3', ['id'], 'x.org/p.php?id=3'],
    ['key without a value counts as absent', 'http://x.org/p.php?id', ['id'], 'x.org/p.php'],
    [
      'query value encoding made consistent',
      'http://x.org/p.php?id=%41%2f',
      ['id'],
      'x.org/p.php?id=a%2f',
    ],
    ['trailing slash before the query', 'http://x.org/p/?id=1', ['id'], 'x.org/p?id=1'],
    ['no scheme', 'www.old.gov.uk/a', [], 'www.old.gov.uk/a'],
    ['scheme-relative', '//www.old.gov.uk/a', [], 'www.old.gov.uk/a'],
    ['surrounding spaces trimmed', '  http://x.org/a  ', [], 'x.org/a'],
  ])('%s: %s', (_name, raw, params, expected) => {
    expect(key(raw, params)).toBe(expected);
  });

  it('puts a path on the default host', () => {
    expect(key('/About.html', [], 'www.old.gov.uk')).toBe('www.old.gov.uk/about.html');
  });

  it.each([
    ['', 'error: it is empty'],
    ['/a', 'error: it is a path, and there is no host to put it on'],
    ['ftp://x.org/a', 'error: it is not an http or https URL'],
    ['mailto:someone@x.org', 'error: it is not an http or https URL'],
    ['http://exa mple.org/', 'error: it is not a valid URL'],
  ])('rejects %j', (raw, expected) => {
    expect(key(raw)).toBe(expected);
  });

  it('keeps the original spelling for archive links', () => {
    const result = normaliseUrl(' http://www.Old.gov.uk/About%20Us.html?ID=3#top ', {
      queryParams: ['id'],
    });
    expect(result).toEqual({
      ok: true,
      url: {
        original: 'http://www.Old.gov.uk/About%20Us.html?ID=3#top',
        host: 'www.old.gov.uk',
        path: '/about%20us.html',
        query: 'id=3',
        key: 'www.old.gov.uk/about%20us.html?id=3',
      },
    });
  });

  it('gives a plain URL the same canonical form with or without the URL parser', () => {
    // A query sends a URL through the parser; with no significant keys it is then dropped, so the
    // two forms of each URL must come out the same. Hosts and paths mix plain parts with the
    // parser's special cases: numeric labels, punycode, empty labels, dot segments.
    const canonical = (result: ReturnType<typeof normaliseUrl>) =>
      result.ok
        ? {
            host: result.url.host,
            path: result.url.path,
            query: result.url.query,
            key: result.url.key,
          }
        : result;
    const random = seededRandom(8);
    const labels = [
      'www',
      'Old',
      'gov',
      'uk',
      'a-b',
      '-x',
      'xn--bcher-kva',
      'XN--zz',
      '1',
      '0x7f',
      '09',
      '',
      'EXAMPLE',
      'localhost',
    ];
    const segments = [
      'about',
      'A_b',
      '.',
      '..',
      '',
      'x.html',
      '~u',
      '.hidden',
      'page-1',
      'UPPER',
      '...',
    ];
    for (let i = 0; i < 2000; i++) {
      const host =
        Array.from({ length: random.int(1, 4) }, () => random.pick(labels)).join('.') +
        random.pick(['', '.']);
      const path =
        Array.from({ length: random.int(0, 4) }, () => `/${random.pick(segments)}`).join('') +
        random.pick(['', '/', '//']);
      const url = `${random.pick(['http', 'HTTPS'])}://${host}${path}`;
      expect(canonical(normaliseUrl(url)), url).toEqual(
        canonical(normaliseUrl(`${url}?utm_source=x`)),
      );
    }
  });
});
