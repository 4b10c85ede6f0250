/**
 * Hugo's shortcodes (`{{< name args >}}` and `{{% name args %}}`) as our Markdown: figures as
 * images (as `<figure>` HTML when they have a caption, which Markdown cannot say), `ref` and
 * `relref` as links to the page's source file, notes and warnings as our blocks, highlighted code
 * as fenced code, videos and buttons as links. Any other shortcode is the old site's template: it is removed and named, line
 * by line, in the report; what a paired one wrapped is kept.
 */
import { escapeAttribute } from 'entities';
import { type ImportNote, lineAt, note } from '../notes.ts';
import { SOURCE_LINK } from './liquid.ts';

interface Where {
  file: string;
  bodyLine: number;
  /** The source file a `ref` names (`posts/first.md`, `about`), if it is one of the site's pages. */
  refFile(name: string): string | undefined;
}

interface Arguments {
  named: Record<string, string>;
  positional: string[];
}

/** `src="a b" alt='c'` and bare or quoted positional values, as Hugo reads them. */
function shortcodeArguments(text: string): Arguments {
  const out: Arguments = { named: {}, positional: [] };
  const value = /(?:([\w-]+)=)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|'([^']*)'|(\S+))/g;
  for (const m of text.matchAll(value)) {
    const v = (m[2]?.replace(/\\(.)/g, '$1') ?? m[3] ?? m[4] ?? m[5])!;
    if (m[1]) out.named[m[1]] = v;
    else out.positional.push(v);
  }
  return out;
}

const INSET = /^(note|callout|info|tip|notice|hint|alert|admonition|aside)$/;
const WARNING = /^(warning|danger|caution|important)$/;
const BLOCK_CLOSE =
  /^\/(note|callout|info|tip|notice|hint|alert|admonition|aside|warning|danger|caution|important)$/;
// One tag: `{{<` or `{{%`, an optional `/`, the name, its arguments; or a Hugo comment.
const TAG = /\{\{([<%])\s*(\/?[\w.-]+)([\s\S]*?)\s*[>%]\}\}|\{\{\/\*[\s\S]*?\*\/\}\}/g;
const BUTTON = /\{\{[<%]\s*button\b([^}]*?)\s*[>%]\}\}([\s\S]*?)\{\{[<%]\s*\/button\s*[>%]\}\}/g;
// A shortcode written with a comment inside its braces is how a Hugo page shows one as text.
const ESCAPED = /\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g;

const newlines = (text: string) => (text.match(/\n/g) ?? []).length;

export function convertShortcodes(
  body: string,
  where: Where,
): { body: string; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const escaped: string[] = [];
  // A button spans its text, so it is read first; its newlines are kept so later lines still match.
  let text = body
    .replace(
      ESCAPED,
      (_, open, inner, close) => `\u0000${escaped.push(`{{${open}${inner}${close}}}`) - 1}\u0000`,
    )
    .replace(BUTTON, (tag, args: string, label: string) => {
      const href = shortcodeArguments(args).named.href ?? '#';
      return `[${label.trim()}](${href})${'\n'.repeat(newlines(tag))}`;
    });
  const source = text;
  const line = (at: number) => lineAt(source, at, where.bodyLine);
  text = text.replace(
    TAG,
    (tag, _kind: string, name: string | undefined, args: string, at: number) => {
      const end = at + tag.length;
      // A block's marker mid-line would sit inside a paragraph, where Markdown does not see it.
      const onItsOwnLine = (written: string) =>
        `${at > 0 && source[at - 1] !== '\n' ? '\n' : ''}${written}${end < source.length && source[end] !== '\n' ? '\n' : ''}`;
      if (!name) return '';
      const given = shortcodeArguments(args);
      const first = given.positional[0] ?? '';
      if (name === 'figure') return figure(given.named);
      if (name === 'ref' || name === 'relref') return ref(first, at);
      if (name === 'youtube' || name === 'vimeo') return video(name, given);
      if (name === 'highlight') return onItsOwnLine(`\`\`\`${first}`);
      if (name === '/highlight') return onItsOwnLine('```');
      if (WARNING.test(name) || (INSET.test(name) && WARNING.test(first))) {
        if (!oneParagraph(name, end)) {
          notes.push(
            note(
              'guess',
              where.file,
              line(at),
              `The ${name} holds more than one paragraph: it is an inset, as a GOV.UK warning is one short paragraph.`,
            ),
          );
          return onItsOwnLine(':::inset');
        }
        return onItsOwnLine(':::warning');
      }
      if (INSET.test(name)) return onItsOwnLine(':::inset');
      if (BLOCK_CLOSE.test(name)) return onItsOwnLine(':::');
      if (!name.startsWith('/'))
        notes.push(
          note(
            'unconverted',
            where.file,
            line(at),
            `${tag.split('\n')[0]} is the old site's shortcode: write what it showed.`,
          ),
        );
      return '\n'.repeat(newlines(tag));
    },
  );

  /** Whether what a block shortcode wraps, up to its closing tag, is one paragraph of text. */
  function oneParagraph(name: string, from: number): boolean {
    const close = new RegExp(`\\{\\{[<%]\\s*/${name}\\s*[>%]\\}\\}`, 'g');
    close.lastIndex = from;
    const inner = source.slice(from, close.exec(source)?.index ?? source.length).trim();
    return !/\n\s*\n|^\s*([-*+>|#]|\d+\.)\s/m.test(inner);
  }
  function figure(named: Record<string, string>): string {
    const caption = named.caption ?? named.title;
    const src = named.src ?? '';
    const alt = named.alt ?? '';
    // Without a caption a figure is an image, which Markdown says plainly.
    if (!caption) {
      const image = `![${alt.replace(/[[\]]/g, '\\$&')}](${src.replace(/[ ()]/g, encodeURIComponent)})`;
      return named.link ? `[${image}](${named.link})` : image;
    }
    const img = `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}">`;
    const shown = named.link ? `<a href="${escapeAttribute(named.link)}">${img}</a>` : img;
    return `<figure>${shown}<figcaption>${caption}</figcaption></figure>`;
  }
  function ref(target: string, at: number): string {
    const [name = '', hash] = target.split('#');
    if (!name) return `#${hash ?? ''}`;
    const file = where.refFile(name);
    if (hash)
      notes.push(
        note(
          'guess',
          where.file,
          line(at),
          `The link to ${target} goes to the page: the section #${hash} was left out.`,
        ),
      );
    return `${SOURCE_LINK}${file ?? name}`;
  }
  return { body: text.replace(/\u0000(\d+)\u0000/g, (_, n: string) => escaped[Number(n)]!), notes };
}

function video(name: 'youtube' | 'vimeo', given: Arguments): string {
  const id = given.named.id ?? given.positional[0] ?? '';
  const url =
    name === 'youtube' ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`;
  const title = given.named.title;
  return `[Watch the video${title ? `: ${title}` : ` on ${name === 'youtube' ? 'YouTube' : 'Vimeo'}`}](${url})`;
}
