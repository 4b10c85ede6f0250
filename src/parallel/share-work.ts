/**
 * Splits work over this thread and another by batches taken from one queue, so both finish
 * together however the batches' costs vary or however late the other thread starts. A fixed split
 * left one thread waiting up to a second for the other on a large site.
 */
export interface SharedWork<T, R> {
  items: readonly T[];
  /** Items per batch: small enough to even out the end, large enough that messages cost little. */
  batchSize: number;
  /** Does a batch on this thread. */
  here: (batch: T[]) => R;
  /** Does a batch on the other thread. */
  there: (batch: T[]) => Promise<R>;
}

/**
 * How many batches the other thread holds at once. It is handed more only between this thread's
 * batches, so this is also the most it can do while this thread does one.
 */
const AHEAD = 2;

/** Each batch's result, in the items' order. */
export async function shareWork<T, R>({
  items,
  batchSize,
  here,
  there,
}: SharedWork<T, R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const take = (): [number, T[]] => {
    const index = next / batchSize;
    next = Math.min(items.length, next + batchSize);
    return [index, items.slice(index * batchSize, next)];
  };
  const elsewhere = async () => {
    while (next < items.length) {
      const [index, batch] = take();
      results[index] = await there(batch);
    }
  };
  const away = Promise.all(Array.from({ length: AHEAD }, elsewhere));
  let failed = false;
  away.catch(() => {
    failed = true;
  });
  while (next < items.length && !failed) {
    const [index, batch] = take();
    results[index] = here(batch);
    // Lets the other thread's answers in, so it is handed its next batches before this one goes on.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await away;
  return results;
}
