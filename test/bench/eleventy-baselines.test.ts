import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBaselineMarkdown } from '../../src/bench/baseline-markdown.ts';
import { eleventyBaseline } from '../../src/bench/eleventy-baselines.ts';

const productRoot = path.resolve(import.meta.dirname, '../..');

describe('the x-govuk plugin baseline', () => {
  it('builds a real site whose own home page is titled "Home" (the 18F site)', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'baseline-'));
    const content = path.join(work, 'content/gsa-18f/blog');
    fs.mkdirSync(content, { recursive: true });
    fs.writeFileSync(path.join(content, 'index.md'), '---\ntitle: Home\n---\nWelcome to 18F.\n');
    fs.writeFileSync(path.join(content, 'post.md'), '---\ntitle: A post\n---\nText.\n');
    const input = path.join(work, 'markdown');
    expect(writeBaselineMarkdown(path.join(work, 'content'), input)).toBe(2);
    const output = path.join(work, 'out');
    const { command, args, cwd } = eleventyBaseline(productRoot, work, 'x-govuk', input, output);
    execFileSync(command, args, { cwd, stdio: 'pipe', timeout: 120_000 });
    const home = fs.readFileSync(path.join(output, 'gsa-18f/blog/index.html'), 'utf8');
    expect(home).toContain('Welcome to 18F.');
    expect(fs.existsSync(path.join(output, 'sitemap/index.html'))).toBe(true);
  }, 180_000);
});
