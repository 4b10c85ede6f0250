/**
 * The template tags Eleventy and Jekyll sites write in Markdown (Liquid or Nunjucks), as our
 * Markdown. Images become `<img>` rather than `![]()` because authors often put them inside their
 * own `<figure>` HTML, where Markdown is not read; the import's last step writes standalone ones
 * as Markdown. Logic only the old build could run (loops, conditions, includes of templates other
 * than figures) is left out and named, line by line, in the report.
 */
import { type ImportNote, lineAt, note } from '../notes.ts';

/** A root-relative link to another source file, resolved to its new URL once every page is read. */
export const SOURCE_LINK = 'import-source:';

interface Where {
  file: string;
  bodyLine: number;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** Shortcodes and the `url` filter read a relative path from the site's root, as the old build did. */
const fromRoot = (src: string) => (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(src) ? src : `/${src}`);
const image = (src: string, alt: string) =>
  `<img src="${attribute(fromRoot(src))}" alt="${attribute(alt)}">`;
/** Authors left quotes unbalanced in alt text: everything between the outer quotes is the alt. */
const unquote = (text: string) => text.trim().replace(/^["']|["']$/g, '');
const titleCase = (slug: string) =>
  slug
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/** `key: "value"` pairs of an include's arguments. */
function includeArguments(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/(\w+)\s*[:=]\s*"((?:[^"\\]|\\.)*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

const newlines = (text: string) => (text.match(/\n/g) ?? []).length;
/** Pads what replaces a tag with the newlines the tag spanned, so later lines keep their numbers. */
const keepLines = (tag: string, written: string) =>
  written + '\n'.repeat(Math.max(0, newlines(tag) - newlines(written)));

type Rewrite = [RegExp, (where: Where, at: number, ...groups: string[]) => string];

export function convertLiquid(body: string, where: Where): { body: string; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  let text = body;
  const line = (at: number) => lineAt(text, at, where.bodyLine);
  const leftOut = (at: number, what: string) => {
    notes.push(note('unconverted', where.file, line(at), what));
    return '';
  };
  const rewrites: Rewrite[] = [
    [/\{%-?\s*(end)?raw\s*-?%\}/g, () => ''],
    [
      /\{%-?\s*image_with_class\s+"([^"]+)"\s*,?\s*"[^"]*"\s*,?\s*([\s\S]*?)\s*-?%\}/g,
      (_w, _at, src, alt) => image(src!, unquote(alt!)),
    ],
    [
      /\{%-?\s*image\s+"([^"]+)"\s*,?\s*([\s\S]*?)\s*-?%\}/g,
      (_w, _at, src, alt) => image(src!, unquote(alt!)),
    ],
    [
      /\{%-?\s*include\s+"?([\w./-]+)"?\s*,?([\s\S]*?)-?%\}/g,
      (_w, at, name, args) => {
        const given = includeArguments(args!);
        if (/figure/.test(name!) && given.image) {
          const caption = given.caption ? `<figcaption>${given.caption}</figcaption>` : '';
          return `<figure>${image(given.image, given.alt ?? '')}${caption}</figure>`;
        }
        return leftOut(
          at,
          `{% include ${name} %} is the old site's template: write what it showed.`,
        );
      },
    ],
    [
      /\{\{-?\s*"([^"]+)"\s*\|\s*embed:\s*"([^"]*)"\s*-?\}\}/g,
      (_w, _at, url, title) => `[Watch the video: ${title}](${url})`,
    ],
    [/\{\{-?\s*"([^"]+)"\s*\|\s*team_link\s*-?\}\}/g, (_w, _at, slug) => titleCase(slug!)],
    [
      /\{\{-?\s*"([^"]+)"\s*\|\s*team_photo\s*-?\}\}/g,
      (_w, at, slug) => {
        notes.push(note('left-out', where.file, line(at), `The photo of ${slug} is left out.`));
        return '';
      },
    ],
    [
      /\{\{-?\s*["']([^"']*)["']\s*\|\s*(url|relative_url|absolute_url)\s*-?\}\}/g,
      (_w, _at, p) => fromRoot(p!),
    ],
    [/\{\{-?\s*site\.(baseurl|url)\s*-?\}\}/g, () => ''],
    [/\{%-?\s*link\s+([^\s%]+)\s*-?%\}/g, (_w, _at, file) => `${SOURCE_LINK}${file}`],
    [/\{%-?\s*post_url\s+([^\s%]+)\s*-?%\}/g, (_w, _at, post) => `${SOURCE_LINK}_posts/${post}.md`],
    // A block tag with its end tag: the whole block goes, named by its first line.
    [
      /\{%-?\s*(for|if|unless|capture|case|comment)\b[\s\S]*?\{%-?\s*end\1\s*-?%\}/g,
      (_w, at, tag) =>
        leftOut(
          at,
          `{% ${tag} %} … {% end${tag} %} is the old site's template logic: write what it showed.`,
        ),
    ],
    [
      /\{%-?\s*(\w+)[\s\S]*?-?%\}|\{\{[\s\S]*?\}\}/g,
      (_w, at, tag) =>
        leftOut(
          at,
          `${tag ? `{% ${tag} %}` : 'A {{ }} expression'} is the old site's template: write what it showed.`,
        ),
    ],
  ];
  for (const [pattern, rewrite] of rewrites) {
    text = text.replace(pattern, (match: string, ...rest: unknown[]) => {
      const at = rest.at(-2) as number;
      return keepLines(match, rewrite(where, at, ...(rest.slice(0, -2) as string[])));
    });
  }
  return { body: text, notes };
}
