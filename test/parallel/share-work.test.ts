import { describe, expect, it } from 'vitest';
import { shareWork } from '../../src/parallel/share-work.ts';

const items = Array.from({ length: 23 }, (_, i) => i);
/** Busy for `ms` on this thread, as a batch of real work is. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};
const later = <T>(value: T, ms: number) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('shareWork', () => {
  it('returns every batch once, in the order of the items, wherever each was done', async () => {
    const where: string[] = [];
    const results = await shareWork({
      items,
      batchSize: 5,
      here: (batch) => {
        where.push('here');
        busy(5);
        return batch.map((n) => n * 2);
      },
      there: (batch) => {
        where.push('there');
        return later(
          batch.map((n) => n * 2),
          5,
        );
      },
    });
    expect(results.flat()).toEqual(items.map((n) => n * 2));
    expect(new Set(where)).toEqual(new Set(['here', 'there']));
  });

  it('gives the other thread more batches when it is faster', async () => {
    let here = 0;
    let there = 0;
    await shareWork({
      items: Array.from({ length: 40 }, (_, i) => i),
      batchSize: 1,
      here: (batch) => {
        here++;
        busy(20);
        return batch;
      },
      there: (batch) => {
        there++;
        return later(batch, 2);
      },
    });
    expect(there).toBeGreaterThan(here);
  });

  it('passes on a failure of the other thread', async () => {
    await expect(
      shareWork({
        items,
        batchSize: 5,
        here: (batch) => batch,
        there: () => Promise.reject(new Error('the worker stopped')),
      }),
    ).rejects.toThrow('the worker stopped');
  });

  it('does nothing for no items', async () => {
    expect(
      await shareWork({ items: [], batchSize: 5, here: () => 1, there: async () => 2 }),
    ).toEqual([]);
  });
});
