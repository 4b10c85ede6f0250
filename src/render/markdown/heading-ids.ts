import type { MarkdownIt } from 'markdown-it';
import { envOf } from './env.ts';

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

/**
 * Gives every heading an id made from its text, so links to a section stay stable while the
 * text does; repeated headings get -2, -3. Collects the headings for the contents list.
 */
export function headingIds(md: MarkdownIt) {
  md.core.ruler.push('heading_ids', (state) => {
    const env = envOf(state);
    const used = new Set(env.headings.map((h) => h.id));
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const text = (state.tokens[i + 1]?.children ?? [])
        .filter((c) => c.type === 'text' || c.type === 'code_inline')
        .map((c) => c.content)
        .join('');
      const base = slugify(text);
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      token.attrSet('id', id);
      env.headings?.push({ level: Number(token.tag.slice(1)), id, text });
    });
    return true;
  });
}
