import type { ParsedYaml, YamlPath } from './parsed-yaml.ts';

/**
 * A fast reading of the plain YAML that most front matter is: one `key: value` a line, lists of
 * values as `- item` lines or `[a, b]`, and one level of fields below a key or a list item (a
 * page's `changes` and `withdrawn`). Values are strings, or true and false. Anything else (deeper
 * nesting, numbers, nulls, comments after a value, escapes, a value over several lines, a repeated
 * key) gives undefined, and the full YAML parser reads the text: the answer is always the full
 * parser's, found about ten times faster.
 */
export function parsePlainYaml(text: string, firstLine = 1): ParsedYaml | undefined {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  const root: Fields = new Map();
  // The field whose value is on the lines below it, and the list item whose fields are.
  let block: { node: Node; indent?: number } | undefined;
  let item: { fields: Fields; column: number } | undefined;
  const fileLines = text.split(/\r?\n/);
  for (let i = 0; i < fileLines.length; i++) {
    const line = fileLines[i]!;
    const at = firstLine + i;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const dash = ITEM.exec(line);
    const nested = dash ? undefined : NESTED.exec(line);
    if (dash) {
      const indent = dash[1]!.length;
      if (
        !block ||
        block.node.value instanceof Map ||
        (block.indent !== undefined && indent !== block.indent)
      )
        return undefined;
      block.indent = indent;
      const items = (block.node.value ??= []) as Node[];
      const field = FIELD.exec(dash[3]!);
      if (field) {
        item = { fields: new Map(), column: indent + dash[2]!.length };
        if (!addField(item.fields, field[1]!, field[2]!, at)) return undefined;
        items.push({ line: at, value: item.fields });
      } else {
        item = undefined;
        const value = scalar(dash[3]!);
        if (typeof value !== 'string') return undefined;
        items.push({ line: at, value });
      }
    } else if (nested) {
      const column = nested[1]!.length;
      if (item && column === item.column) {
        if (!addField(item.fields, nested[2]!, nested[3]!, at)) return undefined;
      } else if (
        block &&
        !Array.isArray(block.node.value) &&
        (block.indent === undefined || column === block.indent)
      ) {
        block.indent = column;
        const fields = (block.node.value ??= new Map()) as Fields;
        if (!addField(fields, nested[2]!, nested[3]!, at)) return undefined;
      } else {
        return undefined;
      }
    } else {
      if (block && block.node.value === undefined) return undefined; // `key:` with nothing under it is null
      block = undefined;
      item = undefined;
      const entry = ENTRY.exec(line);
      if (!entry) return undefined;
      const key = entry[1]!;
      if (root.has(key) || !isString(key)) return undefined;
      const rest = entry[2] ?? '';
      const node: Node = { line: at, value: undefined };
      root.set(key, node);
      if (rest.trim() === '') {
        block = { node };
        continue;
      }
      const value = rest.trimStart().startsWith('[') ? flowList(rest.trim(), at) : scalar(rest);
      if (value === undefined) return undefined;
      node.value = value;
    }
  }
  if ((block && block.node.value === undefined) || !root.size) return undefined;
  const start = root.values().next().value!.line;

  // As the full parser answers: the line of the deepest part of the path that is there.
  const lineOf = (path: YamlPath): number => {
    let line = start;
    let value: Node['value'] = root;
    for (const step of path) {
      const next: Node | undefined =
        value instanceof Map && typeof step === 'string'
          ? value.get(step)
          : Array.isArray(value) && typeof step === 'number'
            ? value[step]
            : undefined;
      if (!next) break;
      ({ line, value } = next);
    }
    return line;
  };
  return { data: plain(root), errors: [], lineOf };
}

type Value = string | boolean;
type Fields = Map<string, Node>;
/** A value with the line the full parser gives for it: its key's line, or a list item's own. */
interface Node {
  line: number;
  value: Value | Node[] | Fields | undefined;
}

/** Tabs, control characters and byte order marks: rare, and left to the full parser. */
const UNUSUAL_CHARACTER = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]|\r(?!\n)/;
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
const ITEM = /^( *)(- +)(\S.*)$/;
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** A field with its value, inside a list item or below a key. */
const FIELD = /^([A-Za-z_][A-Za-z0-9_-]*): +(\S.*)$/;
const NESTED = /^( +)([A-Za-z_][A-Za-z0-9_-]*): +(\S.*)$/;

/** What YAML 1.2 reads as null, a number or a boolean rather than a string. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** A plain value starts with none of YAML's indicators and holds no comment or nested key. */
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:#]|:(?! |$)|(?<! )#)*$/;
const FLOW_ITEM = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:#,[\]{}]|:(?! |$)|(?<! )#)*$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;

const isString = (plain: string) => !NOT_A_STRING.test(plain);

/** Adds `key: value` to fields; false when the key is repeated or the value is not plain. */
function addField(fields: Fields, key: string, written: string, line: number): boolean {
  const value = scalar(written);
  if (value === undefined || fields.has(key) || !isString(key)) return false;
  fields.set(key, { line, value });
  return true;
}

/** A one-line value: a plain or quoted string, or true or false. */
function scalar(written: string): Value | undefined {
  const value = written.trim();
  const quoted = SINGLE_QUOTED.exec(value);
  if (quoted) return quoted[1]!.replaceAll("''", "'");
  const doubleQuoted = DOUBLE_QUOTED.exec(value);
  if (doubleQuoted) return doubleQuoted[1];
  if (!PLAIN.test(value)) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  return isString(value) ? value : undefined;
}

/** `[a, b]` on one line, of plain strings. */
function flowList(written: string, line: number): Node[] | undefined {
  if (!written.endsWith(']')) return undefined;
  const inner = written.slice(1, -1).trim();
  if (!inner) return [];
  const items = inner.split(',').map((item) => item.trim());
  return items.every((item) => FLOW_ITEM.test(item) && isString(item))
    ? items.map((value) => ({ line, value }))
    : undefined;
}

/** The data as the full parser gives it: objects, arrays and strings. */
function plain(value: Node['value']): unknown {
  if (value instanceof Map)
    return Object.fromEntries([...value].map(([key, node]) => [key, plain(node.value)]));
  if (Array.isArray(value)) return value.map((node) => plain(node.value));
  return value;
}
