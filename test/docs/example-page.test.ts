/**
 * The complete example page of docs/content/reference.md is a page a content designer can copy:
 * laid into the example site where the reference says it lives, `npm run check` finds no problem
 * in it, and the build renders every block and file it shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.ts';
import { BuiltPage, buildInto, copyExample, productRoot } from '../site/helpers.ts';

/** The example page of the reference: the file it names and the Markdown of its fence. */
function examplePage(): { file: string; text: string } {
  const doc = fs.readFileSync(path.join(productRoot, 'docs/content/reference.md'), 'utf8');
  const tokens = new MarkdownIt().parse(doc, {});
  const heading = tokens.findIndex(
    (t, i) => t.type === 'heading_open' && tokens[i + 1]?.content === 'A complete example page',
  );
  const after = tokens.slice(heading);
  const named = after.map((t) => /`(content\/[^`]+\.md)`/.exec(t.content)).find(Boolean);
  const file = named![1]!;
  const text = after.find((t) => t.type === 'fence' && t.info === 'markdown')!.content;
  return { file, text };
}

describe('the complete example page of the content reference', () => {
  const { file, text } = examplePage();
  let root: string;
  beforeAll(() => {
    root = copyExample();
    fs.writeFileSync(path.join(root, file), text);
  });

  it('passes npm run check with no problem at all', async () => {
    const { diagnostics } = await runCheck({
      root,
      only: new Set([file]),
      worker: false,
      today: '2026-01-01',
    });
    expect(diagnostics).toEqual([]);
  });

  it('builds, with its blocks, image and attachment on the page', async () => {
    const { siteDir } = await buildInto(root);
    const page = BuiltPage.at(siteDir, '/flooding/prepare-for-a-flood/');
    for (const className of [
      'govuk-inset-text',
      'govuk-warning-text',
      'govuk-details',
      'app-attachment',
    ]) {
      expect(page.html, className).toContain(className);
    }
    expect(page.all('img').length).toBeGreaterThan(0);
    expect(page.html).toContain('id="flood-plan"');
  });
});
