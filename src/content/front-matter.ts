import matter from 'gray-matter';
import { type ParsedYaml, parseYaml } from './yaml.ts';

export interface SplitPage {
  /** The front matter, parsed with line numbers; undefined when the file has none. */
  yaml?: ParsedYaml;
  body: string;
  /** File line on which the body starts, so Markdown lines map back to the file. */
  bodyLine: number;
}

const noYaml = { parse: () => ({}) };

/** Splits a Markdown file into front matter and body, keeping line numbers for both. */
export function splitFrontMatter(text: string): SplitPage {
  // gray-matter finds the delimiters; YAML is parsed by `yaml` for YAML 1.2 and key lines.
  // Passing options also keeps gray-matter from caching every file it has seen.
  const file = matter(text.replace(/^\uFEFF/, ''), { engines: { yaml: noYaml } });
  if (!file.matter && !/^---\r?\n/.test(text)) return { body: text, bodyLine: 1 };
  const head = text.length - file.content.length;
  const bodyLine = countLines(text.slice(0, head)) + 1;
  return { yaml: parseYaml(file.matter.replace(/^\r?\n/, ''), 2), body: file.content, bodyLine };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
