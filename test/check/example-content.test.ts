import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.ts';
import { productRoot } from './helpers.ts';

describe('npm run check on the example content', () => {
  it('finds no errors, and the published URLs all still answer', async () => {
    const result = await runCheck({ root: productRoot, today: '2026-01-01' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.pages.length).toBe(result.model.pages.length);
  });
});
