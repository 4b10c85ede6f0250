import type { FixedProblem, FixResult } from './edits.ts';
import { decodeFrontMatterEntities } from './front-matter-entities.ts';
import { writeHtmlAsMarkdown } from './markdown-equivalents.ts';
import { removeLinkTargets } from './target-attributes.ts';

export { type FixedProblem, type FixResult, fixedLine } from './edits.ts';
export { decodeFrontMatterEntities } from './front-matter-entities.ts';
export { writeHtmlAsMarkdown } from './markdown-equivalents.ts';
export { whatReadersGet } from './same-reading.ts';
export { removeLinkTargets } from './target-attributes.ts';

/**
 * `npm run check -- --fix` for one page: entities in its text fields, then target attributes,
 * then raw HTML written as Markdown. The first two keep every line where it was, so the lines
 * each fix reports are the file's lines as they were.
 */
export function fixPage(file: string, text: string): FixResult {
  const fixed: FixedProblem[] = [];
  let current = text;
  for (const fix of [decodeFrontMatterEntities, removeLinkTargets, writeHtmlAsMarkdown]) {
    const result = fix(file, current);
    current = result.text;
    fixed.push(...result.fixed);
  }
  return { text: current, fixed: fixed.sort((a, b) => a.line - b.line) };
}
