import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPageText, slugFromTitle } from '../../src/check/new-page.ts';
import { loadPage } from '../../src/content/page.ts';
import { checkSite, read, runCli } from './helpers.ts';

describe('npm run new', () => {
  it('derives the file name from the title', () => {
    expect(slugFromTitle('Pay your VAT bill: online & by phone')).toBe(
      'pay-your-vat-bill-online-and-by-phone',
    );
    expect(slugFromTitle("Wales's Café rules")).toBe('waless-cafe-rules');
  });

  it('writes front matter the schema accepts, for every type', () => {
    for (const type of ['guide', 'news', 'service', 'page'] as const) {
      const { page, diagnostics } = loadPage(
        'content/x/a.md',
        newPageText(type, 'A title: with a colon', '2025-01-01'),
        'x',
        'a.md',
      );
      expect(diagnostics).toEqual([]);
      expect(page?.data).toMatchObject({
        title: 'A title: with a colon',
        published: '2025-01-01',
        type,
      });
    }
  });

  it('creates a news page under news/ that check then refuses until its TODOs are written', async () => {
    const root = checkSite('published');
    const run = await runCli(
      'new-page.ts',
      ['tax-office', 'news', 'VAT threshold rises', '--today', '2025-02-03'],
      root,
    );
    expect(run.stdout).toBe(
      'Created content/tax-office/news/vat-threshold-rises.md, which will publish at /news/vat-threshold-rises/.\n' +
        'Replace each TODO, then run "npm run check": it reports every TODO left as an error.\n',
    );
    expect(read(root, 'content/tax-office/news/vat-threshold-rises.md')).toBe(
      [
        '---',
        'title: VAT threshold rises',
        'description: "TODO: one sentence that says what the page helps the reader do."',
        'published: 2025-02-03',
        'type: news',
        '---',
        '',
        'TODO: say what has happened and who it affects, in the first sentence.',
        '',
      ].join('\n'),
    );
    const check = await runCli(
      'check.ts',
      ['content/tax-office/news/vat-threshold-rises.md'],
      root,
    );
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      'content/tax-office/news/vat-threshold-rises.md:3:15  error    PLACEHOLDER_LEFT  The page still has a TODO placeholder: description: "TODO: one sentence that says what the page he…',
    );
  });

  it('refuses to overwrite, and refuses an unknown department or type', async () => {
    const root = checkSite('published');
    const file = path.join(root, 'content/tax-office/register-for-vat.md');
    fs.writeFileSync(file, 'mine');
    const cases = [
      [
        ['tax-office', 'guide', 'Register for VAT'],
        'content/tax-office/register-for-vat.md already exists, so nothing was written. Choose a different title, or edit that page.',
      ],
      [
        ['tax-ofice', 'guide', 'X'],
        'There is no department "tax-ofice"; did you mean "tax-office"? Departments: digital-service, tax-office.',
      ],
      [
        ['tax-office', 'blog', 'X'],
        '"blog" is not a page type. Types: guide, news, service, page.',
      ],
      [['tax-office', 'guide'], 'Usage: npm run new -- <department> <type> "<title>"'],
    ] as const;
    for (const [args, message] of cases) {
      const run = await runCli('new-page.ts', [...args], root);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
  });
});
