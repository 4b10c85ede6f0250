import { warning } from '../../report/diagnostic.ts';
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
      return [
        warning(
          'HEADING_H1_IN_BODY',
          at,
          `The heading "${text}" is a top-level heading (#), but the page title is already the page's only one.`,
          `Start it with "##" instead of "#", and the headings under it one "#" more.`,
        ),
      ];
    }
    if (level > expected + 1) {
      return [
        warning(
          'HEADING_SKIPS_LEVEL',
          at,
          `The heading "${text}" jumps from level ${expected} to level ${level}, so it looks like a heading is missing.`,
          `Use ${'#'.repeat(expected + 1)} for this heading.`,
        ),
      ];
    }
    return [];
  });
};
