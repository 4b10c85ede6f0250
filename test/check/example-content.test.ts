import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.ts';
import { productRoot } from './helpers.ts';

describe('npm run check on the example content', () => {
  it('finds no errors, the published URLs all still answer, and it takes seconds at most', () => {
    const start = performance.now();
    const result = runCheck({ root: productRoot, today: '2026-01-01' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.pages.length).toBe(result.model.pages.length);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
