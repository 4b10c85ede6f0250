import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../src/migrations/normalise.ts';
import { CANONICAL_HOST, CANONICAL_QUERY_PARAMS, CANONICAL_RULES } from './canonical-rules.ts';

const keyOf = (pathAndQuery: string) => {
  const result = normaliseUrl(`http://${CANONICAL_HOST}${pathAndQuery}`, {
    queryParams: CANONICAL_QUERY_PARAMS,
  });
  return result.ok ? result.url.key.slice(CANONICAL_HOST.length) : `error: ${result.reason}`;
};

describe('the canonical form of an old URL', () => {
  describe.each(CANONICAL_RULES)('$rule', ({ written, key, found, notFound = [] }) => {
    it(`keys ${written} as ${key}`, () => {
      expect(keyOf(written)).toBe(key);
    });
    it.each(found)('finds it from %s', (request) => {
      expect(keyOf(request)).toBe(key);
    });
    if (notFound.length > 0)
      it.each(notFound)('does not find it from %s', (request) => {
        expect(keyOf(request)).not.toBe(key);
      });
  });
});
