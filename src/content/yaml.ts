import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { ParsedYaml, YamlPath } from './parsed-yaml.ts';
import { parsePlainYaml } from './plain-yaml.ts';

export type { ParsedYaml, YamlPath } from './parsed-yaml.ts';

/**
 * Parses YAML 1.2 (so `2024-03-01` stays a string, never a Date) and keeps where every key is,
 * so a problem with a nested field can point at its own line. `firstLine` is the file line on
 * which `text` starts (front matter starts on line 2, after `---`).
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  return parsePlainYaml(text, firstLine) ?? parseFullYaml(text, firstLine);
}

/** The same, always by the full YAML parser. */
export function parseFullYaml(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const errors = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      message: e.message.split('\n')[0] ?? e.message,
      line: pos.line + firstLine - 1,
      column: pos.col,
    };
  });

  function lineOf(path: YamlPath): number {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? toLine((node as Node).range![0]) : firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = toLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = toLine(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  }

  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
