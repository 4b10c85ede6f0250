import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractLinks, type PageLinks } from '../../src/links/extract.ts';
import { buildInto, copyExample } from '../site/helpers.ts';

/** The same extraction with a full HTML parser, to hold the tokenizer to. */
function parsedLinks(html: string): PageLinks {
  const links: PageLinks = { ids: new Set(), links: [] };
  const via: Record<string, string> = {
    a: 'href',
    link: 'href',
    script: 'src',
    img: 'src',
    source: 'src',
    form: 'action',
  };
  let line = 1;
  let counted = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      for (; counted < parser.startIndex; counted++) if (html.charCodeAt(counted) === 10) line++;
      if (attributes.id !== undefined) links.ids.add(attributes.id);
      if (name === 'a' && attributes.name !== undefined) links.ids.add(attributes.name);
      const attr = via[name];
      if (attr && attributes[attr] !== undefined)
        links.links.push({ via: `${name} ${attr}`, url: attributes[attr]!, line });
    },
  });
  parser.end(html);
  return links;
}

describe('extracting links and ids from a page', () => {
  it('reads quoted, unquoted and encoded values, and skips comments and script text', () => {
    const html = [
      '<!doctype html><html lang="en"><head><link rel="stylesheet" href=/a.css>',
      '<script>if (a < b) document.write("<a href=\'/not-a-link/\'>")</script><script src="/app.js"></script>',
      '<!-- <a href="/commented-out/"> -->',
      '</head><body><H2 ID="Rates">Rates</H2><a title="a > b" href="/vat/?a=1&amp;b=2#rates">x</a>',
      '<a name=old-anchor></a><img src=\'/i.png\' alt=\'\'><form action="/search/"><p data-id="x">',
    ].join('\n');
    expect(extractLinks(html)).toEqual({
      ids: new Set(['Rates', 'old-anchor']),
      links: [
        { via: 'link href', url: '/a.css', line: 1 },
        { via: 'script src', url: '/app.js', line: 2 },
        { via: 'a href', url: '/vat/?a=1&b=2#rates', line: 4 },
        { via: 'img src', url: '/i.png', line: 5 },
        { via: 'form action', url: '/search/', line: 5 },
      ],
    });
    expect(extractLinks(html)).toEqual(parsedLinks(html));
  });

  it('finds what a full HTML parser finds on every page of the example site', async () => {
    const root = copyExample();
    const { siteDir } = await buildInto(root);
    const pages = fs
      .readdirSync(siteDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const html = fs.readFileSync(path.join(siteDir, page), 'utf8');
      expect(extractLinks(html), page).toEqual(parsedLinks(html));
    }
  });
});
