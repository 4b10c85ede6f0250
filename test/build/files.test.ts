/**
 * Images and documents beside a department's pages, in real builds: what a citizen's browser gets,
 * and each mistake a content designer can make, with its exact diagnostic.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../../src/build/build-site.ts';
import { runCheck } from '../../src/check/index.ts';
import { exe, jpeg, ods, pdf, png, utf8 } from '../files/make-files.ts';
import { fixtureSite, writeFiles } from '../helpers/fixture-site.ts';

const PAGE = (body: string) =>
  `---\ntitle: VAT charts\ndescription: Charts and documents about VAT.\npublished: 2024-02-01\n---\n\n${body}`;
const put = (root: string, files: Record<string, Uint8Array>) => {
  for (const [rel, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), bytes);
  }
};
const wide = (width: number) =>
  sharp({ create: { width, height: Math.round(width / 2), channels: 3, background: '#1d70b8' } })
    .png()
    .toBuffer()
    .then((b) => new Uint8Array(b));

describe('a page with images and documents', () => {
  let root: string;
  let result: BuildResult;
  let html: string;
  beforeAll(async () => {
    root = fixtureSite();
    put(root, {
      'content/tax-office/vat/rates-chart.png': await wide(1600),
      'content/tax-office/vat/Office Photo.JPG': await jpeg(),
      'content/tax-office/vat/annual-report-2024.pdf': await pdf(3),
      'content/tax-office/vat/rates.ods': ods(),
      'content/tax-office/vat/rates.csv': utf8('band,rate\nstandard,20%\n'),
      'content/tax-office/vat/logo.svg': utf8(
        '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60"/></svg>',
      ),
    });
    fs.appendFileSync(
      path.join(root, 'content/tax-office/_department.yml'),
      'accessible_format_email: alternative.formats@tax.example.gov\n',
    );
    writeFiles(root, {
      'content/tax-office/vat/charts.md': PAGE(
        [
          'VAT rates have changed over the years. The chart shows each band since 2010.',
          '',
          '![A bar chart of VAT rates since 2010](rates-chart.png)',
          '',
          '![The tax office](Office%20Photo.JPG)',
          '',
          '![""](logo.svg)',
          '',
          ':::attachment annual-report-2024.pdf',
          'Annual report and accounts 2024',
          'isbn: 978-0-306-40615-7',
          'hc_number: 123',
          ':::',
          '',
          ':::attachment rates.ods',
          'VAT rates as a spreadsheet',
          ':::',
          '',
          'Or download the [rates as CSV](rates.csv).',
          '',
        ].join('\n'),
      ),
    });
    result = await buildSite({ root });
    html = fs.readFileSync(path.join(root, '_site/vat/charts/index.html'), 'utf8');
  }, 120_000);

  it('builds, with every file published', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const url of ['vat/annual-report-2024.pdf', 'vat/rates.ods', 'vat/rates.csv'])
      expect(fs.existsSync(path.join(root, '_site', url)), url).toBe(true);
  });

  it('warns that a page offering a PDF should say what it says in HTML too', () => {
    expect(
      result.diagnostics
        .filter((d) => d.code === 'ATTACHMENT_WITHOUT_HTML')
        .map((d) => [d.file, d.line, d.severity]),
    ).toEqual([['content/tax-office/vat/charts.md', 15, 'warning']]);
  });

  it('shows an image in the widths the column needs, WebP first, with its shape so the page does not jump', () => {
    const picture =
      /<picture><source type="image\/webp" srcset="([^"]+)" sizes="[^"]+"><img src="([^"]+)" alt="A bar chart of VAT rates since 2010" class="app-content-image" width="640" height="320"/.exec(
        html,
      );
    expect(picture, html.slice(html.indexOf('<main'), html.indexOf('<main') + 2000)).not.toBeNull();
    const [, webp = '', src = ''] = picture!;
    expect(webp.split(', ').map((s) => s.split(' ')[1])).toEqual(['320w', '640w', '960w', '1280w']);
    // Browsers that take no WebP get the source's own format at the column's width.
    expect(src).toMatch(/^\/assets\/images\/rates-chart-[0-9a-f]{12}-640\.png$/);
    for (const url of [src, ...webp.split(', ').map((s) => s.split(' ')[0]!)]) {
      expect(fs.existsSync(path.join(root, '_site', url)), url).toBe(true);
    }
  });

  it('loads the first image at once and the rest as the reader scrolls', () => {
    const imgs = [...html.matchAll(/<img [^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => tag.includes('/assets/images/'));
    expect(imgs.map((tag) => tag.includes('loading="lazy"'))).toEqual([false, true, true]);
  });

  it('publishes a decorative SVG as it is, with alt="" and its own size', () => {
    expect(html).toMatch(
      /<img src="\/assets\/images\/logo-[0-9a-f]{12}\.svg" alt="" class="app-content-image" width="120" height="60" loading="lazy" decoding="async">/,
    );
  });

  it("renders a document as GOV.UK's attachment: title link, format, size, pages, references, accessible format request", () => {
    const start = html.indexOf('<section class="app-attachment">');
    const attachment = html.slice(start, html.indexOf('</section>', start));
    expect(attachment).toContain(
      '<a class="govuk-link" href="/vat/annual-report-2024.pdf">Annual report and accounts 2024</a>',
    );
    expect(attachment).toMatch(
      /<abbr title="Portable Document Format">PDF<\/abbr>, \d+(\.\d)? KB, 3 pages/,
    );
    expect(attachment).toContain('Ref: ISBN 978-0-306-40615-7, HC 123');
    expect(attachment).toContain(
      'This file may not be suitable for users of assistive technology.',
    );
    expect(attachment).toContain('href="mailto:alternative.formats@tax.example.gov"');
    expect(html).toContain('<abbr title="OpenDocument Spreadsheet">ODS</abbr>');
  });

  it("lists each page's files for tools in _site/api/pages.json", () => {
    const pages = JSON.parse(fs.readFileSync(path.join(root, '_site/api/pages.json'), 'utf8'))
      .pages as Array<{ url: string; files: Array<{ url: string; pages?: number }> }>;
    const files = pages.find((p) => p.url === '/vat/charts/')!.files;
    expect(files.map((f) => f.url)).toEqual(
      expect.arrayContaining(['/vat/annual-report-2024.pdf', '/vat/rates.ods', '/vat/rates.csv']),
    );
    expect(files.find((f) => f.url.endsWith('.pdf'))?.pages).toBe(3);
  });

  it('resizes an image once: a rebuild copies the cached widths and publishes the same files', async () => {
    const cache = path.join(root, '.build-cache/images');
    const cached = fs.readdirSync(cache).sort();
    const written = new Map(cached.map((f) => [f, fs.statSync(path.join(cache, f)).mtimeMs]));
    const again = await buildSite({ root });
    expect(again.ok).toBe(true);
    expect(fs.readdirSync(cache).sort()).toEqual(cached);
    for (const [f, mtime] of written)
      expect(fs.statSync(path.join(cache, f)).mtimeMs, f).toBe(mtime);
    expect(fs.readFileSync(path.join(root, '_site/vat/charts/index.html'), 'utf8')).toBe(html);
  }, 120_000);

  it('keeps in its cache only the copies the last build used', async () => {
    const cache = path.join(root, '.build-cache/images');
    put(root, { 'content/tax-office/vat/rates-chart.png': await wide(1200) });
    expect((await buildSite({ root })).ok).toBe(true);
    const charts = fs.readdirSync(cache).filter((f) => f.startsWith('rates-chart-'));
    expect(new Set(charts.map((f) => f.split('-')[2])).size).toBe(1);
    expect(charts.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('mistakes with files', () => {
  let root: string;
  beforeAll(async () => {
    root = fixtureSite();
    put(root, {
      'content/tax-office/vat/chart.png': await png(),
      'content/tax-office/vat/huge.png': await wide(3000),
      'content/tax-office/vat/unused.csv': utf8('a,b\n'),
      'content/tax-office/vat/setup.exe': exe(),
      'content/tax-office/vat/report.pdf': await png(),
      'content/tax-office/vat/drawing.svg': utf8(
        '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>',
      ),
    });
    writeFiles(root, {
      'content/tax-office/vat/files.md': PAGE(
        [
          '![](chart.png)',
          '',
          '![A chart](chrt.png)',
          '',
          '![A very wide chart](huge.png)',
          '',
          '![A drawing](drawing.svg)',
          '',
          ':::attachment report.pdf',
          ':::',
          '',
          ':::attachment chart.png',
          'A chart',
          ':::',
          '',
        ].join('\n'),
      ),
    });
  }, 60_000);

  const EXPECTED = [
    ['content/tax-office/vat/drawing.svg', 2, 'error', 'SVG_UNSAFE'],
    ['content/tax-office/vat/files.md', 7, 'error', 'IMAGE_ALT_MISSING'],
    ['content/tax-office/vat/files.md', 9, 'error', 'FILE_MISSING'],
    ['content/tax-office/vat/files.md', 15, 'error', 'ATTACHMENT_INVALID'],
    ['content/tax-office/vat/files.md', 18, 'error', 'ATTACHMENT_INVALID'],
    ['content/tax-office/vat/huge.png', 0, 'warning', 'IMAGE_OVER_BUDGET'],
    ['content/tax-office/vat/report.pdf', 0, 'error', 'FILE_CONTENT_MISMATCH'],
    ['content/tax-office/vat/setup.exe', 0, 'error', 'FILE_TYPE_REFUSED'],
    ['content/tax-office/vat/unused.csv', 0, 'warning', 'FILE_UNUSED'],
  ];

  it('npm run check names each, with its file and line', async () => {
    const result = await runCheck({ root, worker: false });
    const found = result.diagnostics
      .filter(
        (d) =>
          d.file.includes('/vat/') &&
          d.file !== 'content/tax-office/vat/rates.md' &&
          d.file !== 'content/tax-office/vat/register.md',
      )
      .map((d) => [d.file, d.line, d.severity, d.code]);
    expect(found).toEqual(EXPECTED);
    const byCode = new Map(result.diagnostics.map((d) => [`${d.code}:${d.line}`, d]));
    expect(byCode.get('FILE_MISSING:9')?.message).toBe(
      'The link "chrt.png" points at content/tax-office/vat/chrt.png, which does not exist; the nearest file is content/tax-office/vat/chart.png.',
    );
    expect(byCode.get('FILE_MISSING:9')?.fix).toBe(
      'Did you mean "chart.png"? Check the name and the ../ steps from this page.',
    );
    expect(byCode.get('ATTACHMENT_INVALID:15')?.message).toBe(
      'The attachment report.pdf has no title, so readers cannot tell what the document is.',
    );
    expect(byCode.get('ATTACHMENT_INVALID:18')?.message).toBe(
      '":::attachment" names content/tax-office/vat/chart.png, which is an image, not a document.',
    );
    expect(byCode.get('IMAGE_OVER_BUDGET:0')?.message).toBe(
      "The image is 3000 pixels wide, more than the 2560 any screen needs for the page's column.",
    );
  }, 60_000);

  it('npm run build names the same, and publishes nothing', async () => {
    const result = await buildSite({ root });
    expect(result.ok).toBe(false);
    expect(
      result.diagnostics
        .filter(
          (d) =>
            d.file.startsWith('content/tax-office/vat/') &&
            !d.file.endsWith('rates.md') &&
            !d.file.endsWith('register.md'),
        )
        .map((d) => [d.file, d.line, d.severity, d.code]),
    ).toEqual(EXPECTED);
    expect(fs.existsSync(path.join(root, '_site'))).toBe(false);
  }, 120_000);
});

describe("files and drafts, authors' own srcset, and files the site cannot publish", () => {
  it("publishes a draft's document only with the draft, and rewrites an author's srcset to the published image", async () => {
    const root = fixtureSite();
    put(root, {
      'content/tax-office/vat/secret-plan.pdf': await pdf(1),
      'content/tax-office/vat/chart.png': await png(),
    });
    writeFiles(root, {
      'content/tax-office/vat/plan.md':
        '---\ntitle: Plan\ndescription: A plan.\npublished: 2024-01-01\ndraft: true\n---\n\n:::attachment secret-plan.pdf\nSecret plan\n:::\n',
      'content/tax-office/vat/chart.md': PAGE(
        '<picture><source srcset="chart.png 1x"><img src="chart.png" alt="A chart"></picture>\n',
      ),
    });
    const result = await buildSite({ root });
    expect(result.ok).toBe(true);
    expect(fs.existsSync(path.join(root, '_site/vat/secret-plan.pdf'))).toBe(false);
    expect(result.diagnostics.find((d) => d.code === 'FILE_UNUSED')?.message).toBe(
      'No published page links to or shows content/tax-office/vat/secret-plan.pdf, so it is not published.',
    );
    const html = fs.readFileSync(path.join(root, '_site/vat/chart/index.html'), 'utf8');
    const srcset = /<source srcset="([^" ]+) 1x">/.exec(html)?.[1];
    expect(srcset).toMatch(/^\/assets\/images\/chart-[0-9a-f]{12}-\d+\.png$/);
    expect(fs.existsSync(path.join(root, '_site', srcset!))).toBe(true);
  }, 120_000);

  it('reports an image that cannot be decoded, and a file at an address the site writes itself, instead of failing', async () => {
    const root = fixtureSite();
    const whole = await png();
    put(root, {
      'content/tax-office/vat/broken.png': whole.subarray(0, Math.floor(whole.length * 0.6)),
      'content/tax-office/robots.txt': utf8('User-agent: *\n'),
    });
    writeFiles(root, { 'content/tax-office/vat/broken.md': PAGE('![A chart](broken.png)\n') });
    const result = await buildSite({ root });
    expect(result.ok).toBe(false);
    expect(
      result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.code]),
    ).toEqual([
      ['content/tax-office/robots.txt', 'FILE_URL_RESERVED'],
      ['content/tax-office/vat/broken.png', 'IMAGE_UNREADABLE'],
    ]);
    fs.rmSync(path.join(root, 'content/tax-office/robots.txt'));
    const again = await buildSite({ root });
    expect(
      again.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => [d.file, d.code, d.message]),
    ).toEqual([
      // In libvips' words, which vary with what is wrong with the bytes.
      [
        'content/tax-office/vat/broken.png',
        'IMAGE_UNREADABLE',
        expect.stringMatching(
          /^content\/tax-office\/vat\/broken\.png cannot be read as an image \(.+\), so it cannot be shown\.$/,
        ),
      ],
    ]);
  }, 120_000);
});
