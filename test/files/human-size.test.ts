import { describe, expect, it } from 'vitest';
import { humanSize } from '../../src/files/human-size.ts';

describe('humanSize', () => {
  it('shows whole bytes under 1 KB', () => {
    expect(humanSize(0)).toBe('0 Bytes');
    expect(humanSize(1)).toBe('1 Byte');
    expect(humanSize(512)).toBe('512 Bytes');
    expect(humanSize(1023)).toBe('1023 Bytes');
  });

  it('counts 1024 bytes to the KB', () => {
    expect(humanSize(1024)).toBe('1 KB');
    expect(humanSize(2048)).toBe('2 KB');
    expect(humanSize(1024 * 1024)).toBe('1 MB');
    expect(humanSize(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('shows one decimal place under 10 of a unit, none from 10', () => {
    expect(humanSize(1536)).toBe('1.5 KB');
    expect(humanSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(humanSize(2.05 * 1024 * 1024)).toBe('2.1 MB');
    expect(humanSize(12 * 1024 * 1024)).toBe('12 MB');
    expect(humanSize(12.6 * 1024 * 1024)).toBe('13 MB');
    expect(humanSize(640 * 1024 + 300)).toBe('640 KB');
  });

  it('drops a decimal place of 0, and moves up a unit rather than show 1024', () => {
    expect(humanSize(2 * 1024 + 20)).toBe('2 KB');
    expect(humanSize(9.97 * 1024)).toBe('10 KB');
    expect(humanSize(1024 * 1024 - 1)).toBe('1 MB');
  });

  it('refuses what is not a size', () => {
    expect(() => humanSize(-1)).toThrow(RangeError);
    expect(() => humanSize(Number.NaN)).toThrow('Not a file size: NaN');
  });
});
