import { isDeepStrictEqual } from 'node:util';
import { decodeHTML } from 'entities';
import { isScalar, parse, parseDocument, Scalar } from 'yaml';
import { splitFrontMatter } from '../../content/front-matter.ts';
import { TAG } from '../../content/plain-text.ts';
import { content } from '../../report/catalogue/index.ts';
import { applyEdits, type Edit, type FixResult, lineOfOffset, lineStarts } from './edits.ts';

/** As plain-text.ts: a field holding a tag is an error, which --fix must not make. */
/** A plain YAML value that needs no quotes (as plain-yaml.ts reads one): no indicator first, no ": " or " #". */
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:#]|:(?! |$)|(?<! )#)*$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

type Path = Array<string | number>;

/**
 * HTML entities in the plain-text fields (title, description, changes[].note, withdrawn.reason)
 * written as the characters they stand for (the TEXT_HAS_ENTITY warning), each on its own line
 * of the front matter. A value written without quotes gets double quotes only when its new text
 * needs them; every edit is checked by reading the front matter again with the page's own parser.
 */
export function decodeFrontMatterEntities(file: string, text: string): FixResult {
  const none = { text, fixed: [] };
  if (!text.includes('&')) return none;
  const split = splitFrontMatter(text);
  const data = split.yaml?.data as Record<string, unknown> | undefined;
  if (!split.yaml || split.yaml.errors.length || !data || !text.endsWith(split.body)) return none;
  // The YAML lies between the first line ("---") and the "---" line before the body.
  const yamlStart = text.indexOf('\n') + 1;
  const bodyStart = text.length - split.body.length;
  const yamlEnd = text.lastIndexOf('\n', bodyStart - 2) + 1;
  if (yamlStart === 0 || yamlEnd < yamlStart || !text.startsWith('---', yamlEnd)) return none;
  const doc = parseDocument(text.slice(yamlStart, yamlEnd), { uniqueKeys: true });
  if (doc.errors.length) return none;

  const changes = Array.isArray(data.changes) ? data.changes : [];
  const fields: Array<[string, Path]> = [
    ['title', ['title']],
    ['description', ['description']],
    ...changes.map((_, i): [string, Path] => [`changes[${i}].note`, ['changes', i, 'note']]),
    ['withdrawn.reason', ['withdrawn', 'reason']],
  ];
  const starts = lineStarts(text);
  const edits: Edit[] = [];
  for (const [name, path] of fields) {
    const node = doc.getIn(path, true);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    const start = yamlStart + node.range[0];
    const end = yamlStart + node.range[1];
    // Only a value on its own line: a value over several lines is left for a person to edit.
    if (/[\r\n]/.test(text.slice(start, end)) || !isOneLine(node.type)) continue;
    const decoded = decodeHTML(node.value);
    // Text that still reads as an entity or a tag once decoded would be shown differently.
    if (decoded === node.value || decodeHTML(decoded) !== decoded || TAG.test(decoded)) continue;
    const edit = {
      start,
      end,
      text: written(decoded, node.type),
      line: lineOfOffset(starts, start) + 1,
      code: content.TEXT_HAS_ENTITY.code,
      what: `entities in ${name} written as characters`,
    };
    if (readsAs(applyEdits(file, text, [edit]).text, data, path, decoded)) edits.push(edit);
  }
  return applyEdits(file, text, edits);
}

const isOneLine = (type: Scalar['type']) =>
  type === Scalar.PLAIN || type === Scalar.QUOTE_SINGLE || type === Scalar.QUOTE_DOUBLE;

/** The value as YAML, quoted as it was, or double-quoted when it no longer reads as itself unquoted. */
function written(value: string, type: Scalar['type']): string {
  if (type === Scalar.QUOTE_SINGLE && !CONTROL.test(value))
    return `'${value.replaceAll("'", "''")}'`;
  if (
    type === Scalar.PLAIN &&
    PLAIN.test(value) &&
    value === value.trim() &&
    isDeepStrictEqual(parse(`value: ${value}`), { value })
  )
    return value;
  // JSON's string escapes are YAML's double-quoted ones.
  return JSON.stringify(value);
}

/** Whether the page's front matter now reads as before, but for the one field's new value. */
function readsAs(
  text: string,
  before: Record<string, unknown>,
  path: Path,
  value: string,
): boolean {
  const expected = structuredClone(before);
  let parent: Record<string | number, unknown> = expected;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  const after = splitFrontMatter(text).yaml;
  return Boolean(after && !after.errors.length && isDeepStrictEqual(after.data, expected));
}
