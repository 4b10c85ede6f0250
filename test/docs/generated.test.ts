import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../../src/docs/index.ts';
import { ALLOWED_ELEMENTS, REFUSED_ELEMENTS } from '../../src/render/markdown/html-policy.ts';
import { ENTRIES } from '../../src/report/catalogue/index.ts';

const productRoot = path.resolve(import.meta.dirname, '../..');

describe("the pages of docs/ made from the product's rules", () => {
  it.each(Object.entries(generatedDocs()))(
    '%s is up to date (run "npm run docs" after changing the rules)',
    (file, text) => {
      expect(fs.readFileSync(path.join(productRoot, file), 'utf8')).toBe(text);
    },
  );

  it('lists every element the sanitiser keeps and every element it refuses by name', () => {
    const html = generatedDocs()['docs/content/html.md']!;
    for (const element of [...Object.keys(ALLOWED_ELEMENTS), ...Object.keys(REFUSED_ELEMENTS)])
      expect(html).toContain(`| \`<${element}>\` |`);
  });

  it('gives every catalogued code a section, with its title, an example message and its fix', () => {
    const page = generatedDocs()['docs/diagnostics.md']!;
    const sections = page.split('\n### ').slice(1);
    expect(sections.map((s) => s.slice(0, s.indexOf('\n')))).toEqual(ENTRIES.map((e) => e.code));
    for (const [i, entry] of ENTRIES.entries()) {
      expect(sections[i]).toContain(
        `**${entry.title}.** ${entry.severity === 'error' ? 'Error' : 'Warning'}, area \`${entry.area}\``,
      );
      expect(sections[i]).toMatch(/\n> \S.*\n\nWhat to do: \S/);
    }
  });
});
