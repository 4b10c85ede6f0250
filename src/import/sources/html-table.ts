/**
 * A saved page's table as a GFM table when Markdown can say all of it: one header row of `<th>`,
 * rows of the same length, cells of text, links, emphasis and images, no merged cells and no
 * caption. Anything else stays HTML, which our pages keep when it is safe (and `check` then says
 * which Markdown would do).
 */
import render from 'dom-serializer';
import { type ChildNode, type Element, isTag } from 'domhandler';
import { findAll, findOne, getAttributeValue } from 'domutils';
import { htmlToMarkdown } from '../../check/fix/html-to-markdown.ts';

const NOT_IN_A_CELL = /^(p|div|ul|ol|table|h[1-6]|pre|blockquote|figure|caption)$/;

const cellsOf = (row: Element) =>
  row.children.filter((c): c is Element => isTag(c) && (c.name === 'th' || c.name === 'td'));
const merged = (cell: Element) =>
  Number(getAttributeValue(cell, 'colspan') ?? 1) > 1 ||
  Number(getAttributeValue(cell, 'rowspan') ?? 1) > 1;
// A cell is one line of Markdown: its own line breaks and pipes would end it.
const cellText = (cell: Element) =>
  htmlToMarkdown(render(cell.children, { encodeEntities: 'utf8' }))
    .replace(/\s*\n+\s*/g, ' ')
    .replace(/\|/g, '\\|');

export function tableMarkdown(table: Element): string | undefined {
  if (findOne((el) => NOT_IN_A_CELL.test(el.name), table.children.flatMap(cellChildren)))
    return undefined;
  const rows = findAll((el) => el.name === 'tr', table.children).map(cellsOf);
  const [header, ...body] = rows;
  if (!header?.length || header.some((c) => c.name !== 'th')) return undefined;
  if (rows.some((row) => row.length !== header.length || row.some(merged))) return undefined;
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header.map(cellText)),
    line(header.map(() => '---')),
    ...body.map((row) => line(row.map(cellText))),
  ].join('\n');
}

/** What the table's cells hold, to look for blocks in; a caption counts as a block. */
function cellChildren(node: ChildNode): ChildNode[] {
  if (!isTag(node)) return [];
  if (node.name === 'caption') return [node];
  if (node.name === 'th' || node.name === 'td') return node.children;
  return node.children.flatMap(cellChildren);
}
