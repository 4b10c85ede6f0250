/**
 * Links between imported pages that name a section the page no longer has (the old site's
 * template gave the id, or the heading changed): the link keeps its page and loses the section,
 * with a note, so no imported page arrives with a broken link.
 */
import { slugify } from '../render/markdown/heading-ids.ts';
import { type ImportNote, lineAt, note } from './notes.ts';

/** The ids a page's body gives: headings' own (`{#id}`), from their text, and HTML ids. */
export function idsOf(body: string): Set<string> {
  const ids = new Set<string>();
  for (const m of body.matchAll(/^#{1,6}\s+(.+?)\s*(?:\{#([\w-]+)\})?\s*$/gm))
    ids.add(m[2] ?? slugify(m[1]!));
  for (const m of body.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/gi))
    ids.add(slugify(m[1]!.replace(/<[^>]*>/g, '')));
  for (const m of body.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']/gi)) ids.add(m[1]!);
  return ids;
}

/** `body` with sections of imported pages that do not exist taken off the links to them. */
export function dropMissingSections(
  body: string,
  where: { file: string; bodyLine: number },
  ids: ReadonlyMap<string, ReadonlySet<string>>,
): { body: string; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const text = body.replace(
    /(\]\(|href=["'])(\/[^)"'#\s]*)#([^)"'\s]+)/g,
    (all, before: string, url: string, fragment: string, at: number) => {
      const known = ids.get(url);
      const id = decodeURIComponent(fragment).split(':~:')[0]!;
      if (!known || !id || known.has(id)) return all;
      notes.push(
        note(
          'guess',
          where.file,
          lineAt(body, at, where.bodyLine),
          `The link to ${url}#${fragment} names a section that page does not have: it goes to the page.`,
        ),
      );
      return `${before}${url}`;
    },
  );
  return { body: text, notes };
}
