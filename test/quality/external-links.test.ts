/** External links are listed for review in _deploy/external-links.json, and counted after the build. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { externalLinksReport } from '../../src/quality/external-links.ts';
import { fixtureSite, writeFiles } from '../helpers/fixture-site.ts';
import { productRoot } from '../site/helpers.ts';

describe('the external links report', () => {
  it('lists each URL once, with the pages that hold it and their Markdown files', () => {
    const report = externalLinksReport(
      new Map([
        ['https://b.example.org/', ['vat/index.html', 'index.html', 'vat/index.html']],
        ['https://a.example.org/x', ['404.html']],
      ]),
      '/gov/',
      (output) => (output === 'vat/index.html' ? 'content/tax-office/vat/index.md' : undefined),
    );
    expect(report).toEqual({
      count: 2,
      links: [
        { url: 'https://a.example.org/x', pages: [{ page: '/gov/404.html' }] },
        {
          url: 'https://b.example.org/',
          pages: [
            { page: '/gov/' },
            { page: '/gov/vat/', file: 'content/tax-office/vat/index.md' },
          ],
        },
      ],
    });
  });

  it("is written by npm run build, which prints the count; links to the site's own address are checked, not listed", async () => {
    const root = fixtureSite();
    writeFiles(root, {
      'content/tax-office/vat/deadlines.md':
        '---\ntitle: VAT deadlines\ndescription: Deadlines.\npublished: 2024-02-01\n---\n\n' +
        'See [the EU rules](https://eu.example.org/vat) and [the rates](https://www.fixture.gov/vat/rates/).\n',
    });
    const { stdout } = await promisify(execFile)(
      path.join(productRoot, 'node_modules/.bin/tsx'),
      [path.join(productRoot, 'src/cli/build.ts')],
      { cwd: root },
    );
    expect(stdout).toMatch(/^Built \d+ pages/m);
    const report = JSON.parse(
      fs.readFileSync(path.join(root, '_deploy/external-links.json'), 'utf8'),
    );
    expect(report.links).toContainEqual({
      url: 'https://eu.example.org/vat',
      pages: [{ page: '/vat/deadlines/', file: 'content/tax-office/vat/deadlines.md' }],
    });
    expect(JSON.stringify(report)).not.toContain('www.fixture.gov');
    expect(stdout).toContain(
      `  ${report.count} external link${report.count === 1 ? '' : 's'} listed, not fetched: _deploy/external-links.json`,
    );
  });
});
