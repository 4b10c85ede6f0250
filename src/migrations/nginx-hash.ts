/**
 * Sizes for nginx's static hashes, computed the way nginx builds them (src/core/ngx_hash.c), so a
 * map of 100,000+ keys loads at start instead of failing with "could not build map_hash".
 *
 * nginx stores each key in a bucket as `sizeof(void *) + align(len + 2, sizeof(void *))` bytes,
 * buckets end with a pointer, and a key goes to bucket `hash(key) % size` where hash is
 * `h = h * 31 + lowercase(byte)` in 64-bit unsigned arithmetic.
 */
const POINTER = 8;
const CACHE_LINE = 64;
const TWO_32 = 2 ** 32;

const align = (n: number, to: number) => Math.ceil(n / to) * to;
const eltSize = (key: string) => POINTER + align(key.length + 2, POINTER);

/**
 * ngx_hash_key_lc(key) % size; `key` is a binary string (one char a byte). The 64-bit hash is kept
 * as two unsigned 32-bit halves; `lo * 31 + c` stays below 2^37, exact in a double.
 */
export function bucketOf(key: string, size: number): number {
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    const next = lo * 31 + c;
    hi = (Math.imul(hi, 31) + ((next / TWO_32) >>> 0)) >>> 0;
    lo = next >>> 0;
  }
  return ((hi % size) * (TWO_32 % size) + lo) % size;
}

export interface HashSizes {
  maxSize: number;
  bucketSize: number;
}

/**
 * A max_size with room (twice the keys, at least 1024) and the bucket_size its fullest bucket
 * needs at that size; nginx then finds a fit at or below max_size on its first pass.
 */
export function hashSizes(keys: readonly string[]): HashSizes {
  const maxSize = Math.max(1024, keys.length * 2);
  const buckets = new Uint32Array(maxSize);
  let fullest = 0;
  for (const key of keys) {
    const bucket = bucketOf(key, maxSize);
    buckets[bucket] = buckets[bucket]! + eltSize(key);
    fullest = Math.max(fullest, buckets[bucket]!);
  }
  return { maxSize, bucketSize: Math.max(CACHE_LINE, align(fullest + POINTER, CACHE_LINE)) };
}
