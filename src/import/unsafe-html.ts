/**
 * The old site's HTML that ours refuses, made safe so the page can be published, each change
 * named with its line: scripts and styles removed, an embedded frame made a link to what it
 * showed, layout elements (aside, header, nav...) made plain divisions, style and event
 * attributes removed. Code in backticks or fences is text and is left alone.
 */
import { ALLOWED_ELEMENTS } from '../render/markdown/html-policy.ts';
import { type ImportNote, lineAt, note } from './notes.ts';

const REMOVED_WITH_CONTENT =
  /<(script|style|noscript|template|object)\b[^>]*>[\s\S]*?<\/\1\s*>|<(script|style)\b[^>]*\/>/gi;
const FRAME = /<iframe\b([^>]*)>(?:[\s\S]*?<\/iframe\s*>)?/gi;
const LAYOUT = new Set(['aside', 'header', 'footer', 'nav', 'main', 'article', 'center']);
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const UNSAFE_ATTRIBUTE = /\s(style|on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const CODE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$|`[^`\n]+`/gm;

const newlines = (text: string) => (text.match(/\n/g) ?? []).length;

export function safeHtml(
  body: string,
  file: string,
  bodyLine: number,
): { body: string; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const code: string[] = [];
  // Code is set aside behind a placeholder that keeps its newlines, so lines keep their numbers.
  let text = body.replace(
    CODE,
    (c) => `\u0001${code.push(c) - 1}${'\n'.repeat(newlines(c))}\u0001`,
  );
  const say = (at: number, kind: 'unconverted' | 'left-out' | 'guess', message: string) =>
    notes.push(note(kind, file, lineAt(text, at, bodyLine), message));
  text = text.replace(
    REMOVED_WITH_CONTENT,
    (m, a: string | undefined, b: string | undefined, at: number) => {
      say(
        at,
        'unconverted',
        `A <${(a ?? b)!.toLowerCase()}> is removed: pages on this site run no code or styles of their own.`,
      );
      return '\n'.repeat(newlines(m));
    },
  );
  text = text.replace(FRAME, (m, attributes: string, at: number) => {
    const src = /\ssrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    const title =
      /\stitle\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1] ?? 'See the embedded content';
    say(
      at,
      'left-out',
      `An embedded frame is a link now${src ? ` to ${src}` : ''}: the site embeds nothing from other websites.`,
    );
    return (
      (src ? `[${title}](${src.replace(/^\/\//, 'https://')})` : '') + '\n'.repeat(newlines(m))
    );
  });
  text = text.replace(TAG, (tag, close: string, name: string, attributes: string, at: number) => {
    const element = name.toLowerCase();
    if (LAYOUT.has(element)) {
      if (!close)
        say(at, 'guess', `A <${element}> is a plain <div> now: the site's layout gives its own.`);
      return `<${close}div${close ? '' : cleanAttributes(attributes, at)}>`;
    }
    if (!(element in ALLOWED_ELEMENTS)) {
      if (!close)
        say(
          at,
          'unconverted',
          `A <${element}> is removed (its text is kept): the site does not publish it.`,
        );
      return '';
    }
    return close ? tag : `<${name}${cleanAttributes(attributes, at)}>`;
  });
  function cleanAttributes(attributes: string, at: number): string {
    return attributes.replace(UNSAFE_ATTRIBUTE, (_, attribute: string) => {
      say(
        at,
        'left-out',
        `The ${attribute.toLowerCase()} attribute is removed: pages take their look and behaviour from the GOV.UK Design System.`,
      );
      return '';
    });
  }
  text = text.replace(/\u0001(\d+)\n*\u0001/g, (_, n: string) => code[Number(n)]!);
  return { body: text, notes };
}
