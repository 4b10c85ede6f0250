import type { MarkdownIt, Token } from 'markdown-it';
import { error } from '../../report/diagnostic.ts';
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
          error(
            'HEADING_ID_DUPLICATE',
            { file: env.file, line },
            `The heading id "${explicit}" is used already by the heading on line ${other}, so links to it would find only the first.`,
            `Give this heading an id of its own, e.g. {#${explicit}-2}.`,
          ),
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
  const report = (message: string, fix: string) =>
    env.diagnostics.push(
      error('HEADING_ATTRIBUTE_INVALID', { file: env.file, line }, message, fix),
    );
  if (others.length) {
    report(
      `"{${match[1]}}" after the heading sets ${others.map((o) => `"${o}"`).join(', ')}, but a heading may only set its id; it has been left out.`,
      'Keep only the id, e.g. {#what-we-did}: headings take their look from the GOV.UK Design System.',
    );
  }
  const id = ids[0];
  if (id === undefined) return undefined;
  if (ids.length > 1 || !ID.test(id)) {
    report(
      `"{${match[1]}}" is not a heading id: write one id, starting with a letter, of letters, numbers, hyphens and underscores.`,
      'Write the id as {#what-we-did}.',
    );
    return ids.length > 1 && ID.test(id) ? id : undefined;
  }
  return id;
}
