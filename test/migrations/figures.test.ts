import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/migrations/figures.ts';

describe('formatFigure, how the coverage pages write numbers', () => {
  it('writes counts with thousands separators', () => {
    expect(formatFigure(0)).toBe('0');
    expect(formatFigure(999)).toBe('999');
    expect(formatFigure(12345)).toBe('12,345');
    expect(formatFigure(294633, 'count')).toBe('294,633');
    expect(formatFigure(1234567)).toBe('1,234,567');
  });

  it('writes every percentage with one decimal place', () => {
    expect(formatFigure(0.869, 'percent')).toBe('86.9%');
    expect(formatFigure(0.5, 'percent')).toBe('50.0%');
    expect(formatFigure(1, 'percent')).toBe('100.0%');
    expect(formatFigure(0, 'percent')).toBe('0.0%');
    expect(formatFigure(0.95725, 'percent')).toBe('95.7%');
    expect(formatFigure(0.8625, 'percent')).toBe('86.3%');
  });

  it('never rounds some but not all to 100.0%, or some to 0.0%', () => {
    expect(formatFigure(0.9996, 'percent')).toBe('99.9%');
    expect(formatFigure(0.0004, 'percent')).toBe('0.1%');
  });
});
