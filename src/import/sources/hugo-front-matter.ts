/**
 * A Hugo page's front matter in any of the three ways Hugo reads it: YAML between `---`, TOML
 * between `+++` (read with smol-toml), or a JSON object at the top; a page may have none.
 */
import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';

// gray-matter would run `---js` front matter as code: an import reads, it never runs the old site.
const ENGINES = { toml: parseToml, js: () => ({}) };

export function hugoFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  // JSON front matter is an object at the top, closed by a `}` on its own line.
  const json = /^\{[\s\S]*?\n\}[ \t]*(\r?\n|$)/.exec(text);
  if (json) return { data: JSON.parse(json[0]), content: text.slice(json[0].length) };
  if (!/^(---|\+\+\+)/.test(text)) return { data: {}, content: text };
  const toml = text.startsWith('+++') ? { delimiters: '+++', language: 'toml' } : {};
  return matter(text, { engines: ENGINES, ...toml } as never);
}
