import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBaselineMarkdown } from '../../src/bench/baseline-markdown.ts';

describe('the Markdown the baselines build', () => {
  it('keeps each page body at its path, with only its title for front matter', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baseline-markdown-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, 'content', file)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'content', file), text);
    };
    write('_data/site.yml', 'name: Site\n');
    write('_data/notes.md', 'Not a page.\n');
    write('tax/_department.yml', 'name: Tax\n');
    write(
      'tax/vat/rates.md',
      '---\ntitle: "VAT: the \\"rates\\""\ntype: guide\npublished: 2024-01-02\n---\n\n## Rates\n\nBody.\n',
    );
    expect(writeBaselineMarkdown(path.join(dir, 'content'), path.join(dir, 'out'))).toBe(1);
    expect(fs.readdirSync(path.join(dir, 'out'), { recursive: true })).toEqual([
      'tax',
      'tax/vat',
      'tax/vat/rates.md',
    ]);
    expect(fs.readFileSync(path.join(dir, 'out/tax/vat/rates.md'), 'utf8')).toBe(
      '---\ntitle: "VAT: the \\"rates\\""\n---\n\n## Rates\n\nBody.\n',
    );
    fs.rmSync(dir, { recursive: true });
  });
});
