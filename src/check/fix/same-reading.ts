import { isDeepStrictEqual } from 'node:util';
import { Parser } from 'htmlparser2';
import { createMarkdown, markdownEnv } from '../../render/markdown/index.ts';
import { applyEdits, type Edit } from './edits.ts';

/** Elements inside a run of text: their tags join the words around them without a space. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'strong',
  'i',
  'em',
  'code',
  'span',
  'small',
  'sub',
  'sup',
  's',
  'u',
  'del',
  'ins',
  'mark',
  'q',
  'cite',
  'dfn',
  'kbd',
  'samp',
  'var',
  'time',
]);

/** What a reader gets from a page body: its words, and where its links and images lead. */
export interface Reading {
  words: string;
  links: string[];
}

const renderer = createMarkdown();

/** The body rendered as the build renders it, read as text with whitespace collapsed. */
export function whatReadersGet(file: string, body: string): Reading {
  const html = renderer.render(body, markdownEnv(file, 1));
  let words = '';
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!INLINE.has(name)) words += ' ';
      if (name === 'a') links.push(attributes.href ?? '');
      if (name === 'img') links.push(`${attributes.src ?? ''} (${attributes.alt ?? ''})`);
    },
    onclosetag(name) {
      if (!INLINE.has(name)) words += ' ';
    },
    ontext(text) {
      words += text;
    },
  });
  parser.end(html);
  return { words: words.replace(/\s+/g, ' ').trim(), links };
}

/**
 * The edits that leave the page reading the same: all of them when together they do, else
 * each one that does on its own. A fix that would change a word or a link is never made.
 */
export function editsReadingTheSame(file: string, body: string, edits: readonly Edit[]): Edit[] {
  if (!edits.length) return [];
  const before = whatReadersGet(file, body);
  const same = (tried: readonly Edit[]) =>
    isDeepStrictEqual(whatReadersGet(file, applyEdits(file, body, tried).text), before);
  if (same(edits)) return [...edits];
  const kept: Edit[] = [];
  for (const edit of edits) if (same([...kept, edit])) kept.push(edit);
  return kept;
}
