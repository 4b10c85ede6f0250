/**
 * A file's size as GOV.UK's attachment component shows it ("PDF, 1.5 MB"). GOV.UK uses Rails'
 * three significant figures ("2.05 MB"); this site uses one rule that reads more simply:
 *
 * - 1 KB = 1024 bytes, as operating systems show sizes to the people downloading;
 * - under 1 KB: whole bytes, `512 Bytes` (`1 Byte`);
 * - under 10 of a unit: one decimal place, dropped when it is 0: `1.5 MB`, `2 KB`;
 * - 10 or more of a unit: whole numbers: `12 MB`, `640 KB`;
 * - a value that rounds up to 1024 moves to the next unit: `1 MB`, never `1024 KB`.
 */
const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

export function humanSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Not a file size: ${bytes}`);
  const whole = Math.round(bytes);
  if (whole < 1024) return whole === 1 ? '1 Byte' : `${whole} Bytes`;
  let value = whole;
  let unit = -1;
  while (unit < UNITS.length - 1 && roundSize(value) >= 1024) {
    value /= 1024;
    unit += 1;
  }
  return `${roundSize(value)} ${UNITS[unit]}`;
}

/** One decimal below 10, none from 10: `Number` drops a trailing `.0`. */
function roundSize(value: number): number {
  return value < 10 ? Number(value.toFixed(1)) : Math.round(value);
}
