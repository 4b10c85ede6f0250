/**
 * How the coverage pages write a figure, so that every one reads the same way: a count with
 * thousands separators (12,345), a fraction as a percentage with one decimal place (86.9%).
 */
const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const percents = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

export type Figure = 'count' | 'percent';

export function formatFigure(value: number, as: Figure = 'count'): string {
  if (as === 'count') return counts.format(value);
  // Some but not all is never rounded to 100.0% or 0.0%: one unmapped URL still needs mapping.
  const tenths = Math.round(value * 1000);
  const shown = value < 1 && tenths >= 1000 ? 999 : value > 0 && tenths <= 0 ? 1 : tenths;
  return `${percents.format(shown / 10)}%`;
}
