import type { ParsedYaml, YamlPath } from './yaml.ts';

/**
 * A fast reading of the plain YAML that front matter nearly always is: one `key: value` a line,
 * and lists of values, as `- item` lines or `[a, b]`. Values are strings, or true and false.
 * Anything else (nested fields, numbers, nulls, comments after a value, escapes, a value over
 * several lines, a repeated key) gives undefined, and the full YAML parser reads the text: the
 * answer is always the full parser's, found about ten times faster for the common case.
 */
export function parsePlainYaml(text: string, firstLine = 1): ParsedYaml | undefined {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  const data: Record<string, string | boolean | string[]> = {};
  const lines = new Map<string, number>();
  const lineOfItem = new Map<string, number[]>();
  let list: { items: string[]; lines: number[]; indent: number } | undefined;
  const fileLines = text.split(/\r?\n/);
  for (let i = 0; i < fileLines.length; i++) {
    const line = fileLines[i]!;
    const fileLine = firstLine + i;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const item = ITEM.exec(line);
    if (item) {
      const indent = item[1]!.length;
      if (!list || (list.items.length && indent !== list.indent)) return undefined;
      const value = scalar(item[2]!);
      if (typeof value !== 'string') return undefined;
      list.indent = indent;
      list.items.push(value);
      list.lines.push(fileLine);
      continue;
    }
    if (list && !list.items.length) return undefined; // `key:` with nothing under it is null
    list = undefined;
    const entry = ENTRY.exec(line);
    if (!entry) return undefined;
    const key = entry[1]!;
    const rest = entry[2] ?? '';
    if (Object.hasOwn(data, key) || !isString(key)) return undefined;
    lines.set(key, fileLine);
    if (rest.trim() === '') {
      list = { items: [], lines: [], indent: 0 };
      data[key] = list.items;
      lineOfItem.set(key, list.lines);
      continue;
    }
    const value = rest.trimStart().startsWith('[') ? flowList(rest.trim()) : scalar(rest);
    if (value === undefined) return undefined;
    data[key] = value;
    if (Array.isArray(value)) lineOfItem.set(key, value.map(() => fileLine));
  }
  if ((list && !list.items.length) || !lines.size) return undefined;
  const start = lines.values().next().value!;

  // As the full parser answers: the line of the deepest part of the path that is there.
  const lineOf = ([key, index]: YamlPath): number => {
    if (typeof key !== 'string' || !lines.has(key)) return start;
    const items = lineOfItem.get(key);
    return typeof index === 'number' && items && index < items.length ? items[index]! : lines.get(key)!;
  };
  return { data, errors: [], lineOf };
}

/** Tabs, control characters and byte order marks: rare, and left to the full parser. */
const UNUSUAL_CHARACTER = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]|\r(?!\n)/;
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
const ITEM = /^( *)- +(\S.*)$/;
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;

/** What YAML 1.2 reads as null, a number or a boolean rather than a string. */
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** A plain value starts with none of YAML's indicators and holds no comment or nested key. */
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:#]|:(?! |$)|(?<! )#)*$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;

const isString = (plain: string) => !NOT_A_STRING.test(plain);

/** A one-line value: a plain or quoted string, or true or false. */
function scalar(written: string): string | boolean | undefined {
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
function flowList(written: string): string[] | undefined {
  if (!written.endsWith(']')) return undefined;
  const inner = written.slice(1, -1).trim();
  if (!inner) return [];
  const items = inner.split(',').map((item) => item.trim());
  return items.every((item) => FLOW_ITEM.test(item) && isString(item)) ? items : undefined;
}

const FLOW_ITEM = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:#,[\]{}]|:(?! |$)|(?<! )#)*$/;
