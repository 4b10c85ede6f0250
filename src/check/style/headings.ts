import { style } from '../../report/catalogue/index.ts';
import { report } from '../../report/diagnostic.ts';
import type { StyleRule } from './rule.ts';

/**
 * Headings go down one level at a time, and the page title is the only h1, so the first heading
 * in the body is "##". Screen reader users move through a page by its headings.
 */
export const headingLevels: StyleRule = ({ file, segments }) => {
  let previous = 1;
  return segments.flatMap((segment) => {
    if (segment.kind !== 'heading' || !segment.level) return [];
    const { level, line, text } = segment;
    const at = { file, line, column: 1 };
    const expected = previous;
    previous = level;
    if (level === 1) {
      return [report(style.HEADING_H1_IN_BODY, at, { text })];
    }
    if (level > expected + 1) {
      return [report(style.HEADING_SKIPS_LEVEL, at, { text, from: expected, to: level })];
    }
    return [];
  });
};
