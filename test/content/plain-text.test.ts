import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/content/page.ts';

const load = (frontMatter: string) =>
  loadPage(
    'content/d/p.md',
    `---\n${frontMatter}\npublished: 2024-02-01\n---\n\nBody.\n`,
    'd',
    'p.md',
  );

describe('titles, descriptions and change notes are plain text', () => {
  it('decodes HTML entities from old systems for display, with a warning on the line', () => {
    const { page, diagnostics } = load(
      'title: Freeze &#8211; Waivers\ndescription: The U&#46;S&#46; rules &amp; more.',
    );
    expect(page?.data.title).toBe('Freeze – Waivers');
    expect(page?.data.description).toBe('The U.S. rules & more.');
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      [
        'TEXT_HAS_ENTITY',
        2,
        'The field "title" holds HTML entities; it is shown as "Freeze – Waivers".',
      ],
      [
        'TEXT_HAS_ENTITY',
        3,
        'The field "description" holds HTML entities; it is shown as "The U.S. rules & more.".',
      ],
    ]);
  });

  it('refuses tags, which readers would see as text', () => {
    const { diagnostics } = load(
      'title: <script>alert(1)</script>\ndescription: Read <a href="/x/">this</a>.\nchanges:\n  - date: 2024-03-01\n    note: Added <b>rates</b>',
    );
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      [
        'TEXT_HAS_HTML',
        2,
        'The field "title" holds the HTML tag "<script>", but it is plain text: readers would see the tag.',
      ],
      [
        'TEXT_HAS_HTML',
        3,
        'The field "description" holds the HTML tag "<a href="/x/">", but it is plain text: readers would see the tag.',
      ],
      [
        'TEXT_HAS_HTML',
        6,
        'The field "changes[0].note" holds the HTML tag "<b>", but it is plain text: readers would see the tag.',
      ],
    ]);
  });

  it('leaves text that only looks like markup alone', () => {
    const { page, diagnostics } = load(
      'title: "A < B & C > D"\ndescription: "Fish & chips; 3 < 4."',
    );
    expect(diagnostics).toEqual([]);
    expect(page?.data.title).toBe('A < B & C > D');
  });
});
