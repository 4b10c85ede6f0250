import type { PageFigures } from './index.ts';

/** "reading age 12" for a page's heading in the terminal output. */
export const readingAgeNote = (page: PageFigures) =>
  page.readingAge ? `reading age ${page.readingAge.age}` : 'reading age -';

/** Notes by file, for formatForTerminal. */
export const readingAgeNotes = (pages: readonly PageFigures[]) =>
  new Map(pages.map((p) => [p.file, readingAgeNote(p)]));

/**
 * The reading age of the pages that have no problems, which the grouped output does not list:
 * one line each when few pages were checked, else the range and the median.
 */
export function readingAgeSummary(
  pages: readonly PageFigures[],
  listed: ReadonlySet<string>,
  listUpTo = 10,
): string[] {
  const rest = pages.filter((p) => !listed.has(p.file));
  if (!rest.length) return [];
  if (pages.length <= listUpTo)
    return rest.map((p) => `${p.file}  ${readingAgeNote(p)}  no problems`);
  const ages = rest.flatMap((p) => (p.readingAge ? [p.readingAge.age] : [])).sort((a, b) => a - b);
  if (!ages.length) return [];
  const median = ages[Math.floor((ages.length - 1) / 2)]!;
  return [
    `Reading age of the ${rest.length} pages without problems: ${ages[0]} to ${ages.at(-1)}, median ${median} (GOV.UK aims for 9).`,
  ];
}
