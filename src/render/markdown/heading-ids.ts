import type { MarkdownIt, Token } from 'markdown-it';
import { markdown } from '../../report/catalogue/index.ts';
import { report } from '../../report/diagnostic.ts';
import { envOf, type MarkdownEnv } from './env.ts';
import { blockLine } from './lines.ts';

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

/** `{#what-we-did}` at the end of a heading, as kramdown, Hugo, Pandoc and Govspeak read it. */
const ATTRIBUTES = /\s*\{([^{}]*)\}\s*$/;
const ID = /^[a-z][a-z0-9_-]*$/i;

/**
 * Gives every heading an id: the one written after it (`## Title {#my-id}`), or one made from its
 * text, so links to a section stay stable while the text does; repeated headings get -2, -3.
 * Collects the headings for the contents list.
 */
export function headingIds(md: MarkdownIt) {
  md.core.ruler.push('heading_ids', (state) => {
    const env = envOf(state);
    const lineOf = new Map<string, number>();
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const line = blockLine(token, env);
      const children = state.tokens[i + 1]?.children ?? [];
      const explicit = explicitId(children, env, line);
      const text = children
        .filter((c) => c.type === 'text' || c.type === 'code_inline')
        .map((c) => c.content)
        .join('');
      let id = explicit ?? slugify(text);
      if (explicit && lineOf.has(explicit)) {
        const other = lineOf.get(explicit)!;
        env.diagnostics.push(
          report(markdown.HEADING_ID_DUPLICATE, { file: env.file, line }, { id: explicit, other }),
        );
      }
      for (let n = 2; lineOf.has(id); n++) id = `${explicit ?? slugify(text)}-${n}`;
      lineOf.set(id, line);
      token.attrSet('id', id);
      env.headings.push({ level: Number(token.tag.slice(1)), id, text });
    });
    return true;
  });
}

/** Takes a trailing `{...}` off a heading's text; returns the id it sets, reporting anything else. */
function explicitId(children: Token[], env: MarkdownEnv, line: number): string | undefined {
  const last = children.at(-1);
  const match = last?.type === 'text' ? ATTRIBUTES.exec(last.content) : null;
  if (!last || !match) return undefined;
  last.content = last.content.slice(0, match.index);
  const parts = match[1]!.trim().split(/\s+/).filter(Boolean);
  const ids = parts.filter((p) => p.startsWith('#')).map((p) => p.slice(1));
  const others = parts.filter((p) => !p.startsWith('#'));
  const invalid = (args: { written: string; others?: string[] }) =>
    env.diagnostics.push(
      report(markdown.HEADING_ATTRIBUTE_INVALID, { file: env.file, line }, args),
    );
  if (others.length) invalid({ written: match[1]!, others });
  const id = ids[0];
  if (id === undefined) return undefined;
  if (ids.length > 1 || !ID.test(id)) {
    invalid({ written: match[1]! });
    return ids.length > 1 && ID.test(id) ? id : undefined;
  }
  return id;
}
