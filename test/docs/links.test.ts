/**
 * The manual's relative links lead somewhere: every link in README.md and docs/**\/*.md that is
 * not a web address names a file or folder of the repository that exists, and a `#fragment` names
 * a heading of that page, as GitHub makes its anchors.
 */
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';

const productRoot = path.resolve(import.meta.dirname, '../..');
const md = new MarkdownIt({ html: true });

const manual = [
  'README.md',
  ...(fs.readdirSync(path.join(productRoot, 'docs'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join('docs', file)),
].sort();

const tokensOf = (file: string) =>
  md.parse(fs.readFileSync(path.join(productRoot, file), 'utf8'), {});

/** The anchors GitHub gives a page's headings: lowercased, punctuation dropped, spaces as hyphens. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const tokens = tokensOf(file);
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const text = plainText(tokens[i + 1]!);
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const repeats = seen.get(slug) ?? 0;
    seen.set(slug, repeats + 1);
    anchors.add(repeats ? `${slug}-${repeats}` : slug);
  });
  return anchors;
}

/** A heading's text as shown: code spans and link texts kept, markup dropped. */
const plainText = (inline: Token): string =>
  (inline.children ?? [])
    .filter((child) => child.type === 'text' || child.type === 'code_inline')
    .map((child) => child.content)
    .join('');

/** Every link of a page that is not a web address, with the line it is written on. */
function relativeLinks(file: string): Array<{ href: string; line: number }> {
  const links: Array<{ href: string; line: number }> = [];
  // Table cells have no line of their own: they take their row's.
  let line = 1;
  for (const block of tokensOf(file)) {
    if (block.map) line = block.map[0] + 1;
    for (const token of block.children ?? []) {
      const href = token.type === 'link_open' ? token.attrGet('href') : undefined;
      if (href && !/^[a-z][a-z0-9+.-]*:/i.test(href)) links.push({ href, line });
    }
  }
  return links;
}

/** Why a link leads nowhere, or undefined when it leads where it says. */
function brokenBecause(file: string, href: string): string | undefined {
  const [target = '', fragment] = href.split('#');
  // GitHub reads a link that starts with / from the repository's root.
  const from = target.startsWith('/') ? productRoot : path.dirname(path.join(productRoot, file));
  const resolved = target
    ? path.join(from, decodeURIComponent(target))
    : path.join(productRoot, file);
  if (!resolved.startsWith(`${productRoot}${path.sep}`)) return 'it leads outside the repository';
  if (!fs.existsSync(resolved)) return 'no such file';
  if (fragment === undefined) return undefined;
  if (!resolved.endsWith('.md')) return 'only Markdown pages have headings to link to';
  const anchors = anchorsOf(path.relative(productRoot, resolved));
  return anchors.has(fragment) ? undefined : `no heading has the anchor #${fragment}`;
}

describe('the links of the manual', () => {
  it('is read from README.md and every page of docs/', () => {
    expect(manual).toContain('docs/content/reference.md');
    expect(manual.flatMap(relativeLinks).length).toBeGreaterThan(10);
  });

  it('lead to files and headings that exist', () => {
    const broken = manual.flatMap((file) =>
      relativeLinks(file).flatMap(({ href, line }) => {
        const why = brokenBecause(file, href);
        return why ? [`${file}:${line} ${href}: ${why}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('find a heading by the anchor GitHub gives it', () => {
    const anchors = anchorsOf('docs/architecture.md');
    expect(anchors).toContain('who-may-import-whom');
    expect(anchors).toContain('why-the-less-obvious-rows-are-so');
  });
});
