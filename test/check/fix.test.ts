import fs from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { convertibleElements, isMarkdownHref } from '../../src/check/fix/convertible.ts';
import {
  decodeFrontMatterEntities,
  fixPage,
  removeLinkTargets,
  writeHtmlAsMarkdown,
} from '../../src/check/fix/index.ts';
import { splitFrontMatter } from '../../src/content/front-matter.ts';
import { createMarkdown, markdownEnv } from '../../src/render/markdown/index.ts';
import { fixturesDir } from '../helpers/fixture-site.ts';
import { checkSite, read, runCli } from './helpers.ts';

const FILE = 'content/tax-office/vat/page.md';

/** The page as `--fix` writes it, given a body with no front matter (so lines are body lines). */
const asMarkdown = (text: string) => writeHtmlAsMarkdown(FILE, text);
const changes = (result: { fixed: Array<{ line: number; code: string; what: string }> }) =>
  result.fixed.map((f) => `${f.line} ${f.code} ${f.what}`);

describe('--fix: raw HTML written as Markdown', () => {
  it('replaces only the span of a link inside a paragraph', () => {
    const result = asMarkdown('Read <a href="https://x.gov/">the guide</a> now.\n');
    expect(result.text).toBe('Read [the guide](https://x.gov/) now.\n');
    expect(changes(result)).toEqual(['1 HTML_HAS_MARKDOWN <a> written as Markdown']);
  });

  it("writes links to a site path or a page's .md file, with their title, and leaves other links", () => {
    expect(
      asMarkdown(
        'See <a href="/vat/rates/">rates</a>, <a href="register.md#when" title="When">registering</a> or <a href="#top">the top</a>.\n',
      ).text,
    ).toBe(
      'See [rates](/vat/rates/), [registering](register.md#when "When") or <a href="#top">the top</a>.\n',
    );
    expect(asMarkdown('Call <a href="tel:0300" class="phone">us</a>.\n').text).toBe(
      'Call <a href="tel:0300" class="phone">us</a>.\n',
    );
  });

  it('writes strong, b, em and i as ** and *', () => {
    const result = asMarkdown(
      '<strong>Bold</strong>, <b>also bold</b>, <em>stressed</em> and <i>italic</i>.\n',
    );
    expect(result.text).toBe('**Bold**, **also bold**, *stressed* and *italic*.\n');
    expect(changes(result)).toHaveLength(4);
  });

  it('keeps the words beside a span apart, and nested elements together', () => {
    expect(
      asMarkdown('Pay <strong> on time </strong>or else, <strong><em>now</em></strong>.\n').text,
    ).toBe('Pay **on time** or else, ***now***.\n');
  });

  it('writes a <br> at the end of a line as a backslash', () => {
    const result = asMarkdown('Line one<br>\nLine two<br />  \nLine three\n');
    expect(result.text).toBe('Line one\\\nLine two\\\nLine three\n');
    expect(changes(result)).toEqual([
      '1 HTML_HAS_MARKDOWN <br> written as Markdown',
      '2 HTML_HAS_MARKDOWN <br> written as Markdown',
    ]);
  });

  it('moves the words after a <br> in mid-line to a line of their own, indented as the paragraph', () => {
    expect(asMarkdown('Monday to Friday<br>9am to 5pm\n').text).toBe(
      'Monday to Friday\\\n9am to 5pm\n',
    );
    expect(asMarkdown('- Call us<br> 0300 123\n').text).toBe('- Call us\\\n  0300 123\n');
    expect(asMarkdown('> Quoted<br>text\n').text).toBe('> Quoted\\\n> text\n');
  });

  it('leaves a <br> that would end the paragraph, start a list, or sit in a heading or table', () => {
    const kept = 'Ends here<br>\n\nTwo<br>- three\n\n## A<br>B\n\n| a |\n|---|\n| b<br>c |\n';
    expect(asMarkdown(kept).text).toBe(kept);
  });

  it('writes an HTML block of a paragraph as a Markdown paragraph', () => {
    const result = asMarkdown(
      'Intro.\n\n<p>You can pay <em>online</em>.<br>\nIt takes a day.</p>\n\nEnd.\n',
    );
    expect(result.text).toBe('Intro.\n\nYou can pay *online*.\\\nIt takes a day.\n\nEnd.\n');
    expect(changes(result)).toEqual(['3 HTML_HAS_MARKDOWN <p> written as Markdown']);
  });

  it('writes headings, lists and images in an HTML block', () => {
    const html =
      '<h2>Rates</h2>\n<ul>\n<li>Standard</li>\n<li>Reduced, see <a href="/vat/rates/">rates</a></li>\n</ul>\n<ol><li>First</li><li>Second</li></ol>\n<p><img src="chart.png" alt="A chart"> <img src="line.png" alt=""></p>\n';
    expect(asMarkdown(html).text).toBe(
      '## Rates\n\n- Standard\n- Reduced, see [rates](/vat/rates/)\n\n1. First\n2. Second\n\n![A chart](chart.png) ![""](line.png)\n',
    );
  });

  it('puts a blank line before a block that followed a paragraph directly', () => {
    expect(asMarkdown('Some text\n<p>More text</p>\n').text).toBe('Some text\n\nMore text\n');
  });

  it('leaves a block holding a script, a table, a <div class> or a comment untouched', () => {
    const kept = [
      '<p>Hello</p>\n<script>alert(1)</script>\n',
      '<table>\n<tr><td>20%</td></tr>\n</table>\n',
      '<div class="panel">\n<p>Call <strong>us</strong></p>\n</div>\n',
      '<p>Note</p>\n<!-- from the old site -->\n',
      '<p class="lead">Lead</p>\n',
      '<blockquote>Quoted</blockquote>\n',
      '<h5>Small</h5>\n',
    ];
    for (const body of kept) expect(asMarkdown(body)).toEqual({ text: body, fixed: [] });
  });

  it('leaves HTML with Markdown inside it, and text that Markdown would read differently', () => {
    const kept = '<a href="https://x.gov/">the *guide*</a>\n\n<h2>Rates {standard}</h2>\n';
    expect(asMarkdown(kept).text).toBe(kept);
    // Shown as typed inside an HTML block, so escaped in Markdown.
    expect(asMarkdown('<p>Use *this* &amp; &lt;b&gt; [x](y)</p>\n').text).toBe(
      'Use \\*this\\* & \\<b> \\[x\\](y)\n',
    );
  });

  it('never touches code spans or fenced code', () => {
    const kept =
      'Write `<b>` or `<a href="https://x.gov/" target="_blank">x</a>`.\n\n```html\n<p><strong>Bold</strong></p>\n```\n';
    expect(fixPage(FILE, kept)).toEqual({ text: kept, fixed: [] });
  });
});

describe('--fix: what HTML counts as convertible', () => {
  it('takes links Markdown writes as well, and no others', () => {
    for (const href of [
      'https://x.gov/',
      'http://x.gov',
      'mailto:a@x.gov',
      'tel:0300',
      '/vat/',
      'register.md',
      '../vat/rates.md#a',
    ])
      expect(isMarkdownHref(href), href).toBe(true);
    for (const href of [
      '#top',
      'javascript:alert(1)',
      '//x.gov/',
      'page.html',
      'ftp://x',
      '',
      'a b.md',
    ])
      expect(isMarkdownHref(href), href).toBe(false);
  });

  it('names the outermost elements when every element and attribute can be written in Markdown', () => {
    expect(
      convertibleElements(
        '<h2>A</h2>\n<p><a href="/a/" title="t">b</a><br><img src="c.png" alt="C"></p>',
      ),
    ).toEqual(['h2', 'p']);
    for (const html of [
      '<p id="x">a</p>',
      '<p>a',
      '<p>a</p></div>',
      '<span>a</span>',
      '<p><a href="/a/" rel="x">b</a></p>',
      '<ul>text<li>a</li></ul>',
      '<img src="c.png">',
      '<p>a</p>\nMore text',
      '<code><b>x</b></code>',
      '<a href="/a/"><a href="/b/">c</a></a>',
    ]) {
      expect(convertibleElements(html), html).toBeUndefined();
    }
    expect(convertibleElements('<strong>a<br>b</strong>', { inline: true })).toBeUndefined();
  });
});

describe('--fix: target attributes', () => {
  it('removes target, with the space before it, from a link left as HTML', () => {
    const result = removeLinkTargets(
      FILE,
      'Go to <a href="#top" target="_blank" class="x">the top</a>.\n',
    );
    expect(result.text).toBe('Go to <a href="#top" class="x">the top</a>.\n');
    expect(changes(result)).toEqual(['1 LINK_TARGET_REMOVED target="_blank" removed from <a>']);
  });

  it('removes it inside an HTML block that stays HTML, whatever its quotes', () => {
    const result = fixPage(
      FILE,
      '<div class="panel">\n<a href="/vat/" target=_top>VAT</a> <a target=\'x\' href="/vat/rates/">rates</a>\n</div>\n',
    );
    expect(result.text).toBe(
      '<div class="panel">\n<a href="/vat/">VAT</a> <a href="/vat/rates/">rates</a>\n</div>\n',
    );
    expect(changes(result)).toEqual([
      '2 LINK_TARGET_REMOVED target=_top removed from <a>',
      "2 LINK_TARGET_REMOVED target='x' removed from <a>",
    ]);
  });

  it('lets a link whose only extra was its target be written as Markdown', () => {
    const result = fixPage(FILE, 'Read <a href="https://x.gov/" target="_blank">the guide</a>.\n');
    expect(result.text).toBe('Read [the guide](https://x.gov/).\n');
    expect(changes(result)).toEqual([
      '1 LINK_TARGET_REMOVED target="_blank" removed from <a>',
      '1 HTML_HAS_MARKDOWN <a> written as Markdown',
    ]);
  });

  it('leaves a "target" inside another attribute\'s value', () => {
    const kept = '<a href="#a" title="a target=x">A</a>\n';
    expect(removeLinkTargets(FILE, kept).text).toBe(kept);
  });
});

describe('--fix: entities in text fields', () => {
  const page = (frontMatter: string) => `---\n${frontMatter}published: 2024-01-01\n---\n\nBody.\n`;

  it('decodes the title and a change note on their own lines', () => {
    const result = decodeFrontMatterEntities(
      FILE,
      page(
        'title: Freeze &#8211; Waivers\ndescription: Plain.\nchanges:\n  - date: 2024-02-01\n    note: Rates &amp; thresholds\n',
      ),
    );
    expect(result.text).toBe(
      page(
        'title: Freeze – Waivers\ndescription: Plain.\nchanges:\n  - date: 2024-02-01\n    note: Rates & thresholds\n',
      ),
    );
    expect(changes(result)).toEqual([
      '2 TEXT_HAS_ENTITY entities in title written as characters',
      '6 TEXT_HAS_ENTITY entities in changes[0].note written as characters',
    ]);
  });

  it('quotes a value that needs quoting once decoded, so it still reads as its text', () => {
    const cases: Array<[string, string, string]> = [
      ['description: VAT&#58; the rules', 'description: "VAT: the rules"', 'VAT: the rules'],
      ['description: Room &#35;5 opens', 'description: "Room #5 opens"', 'Room #5 opens'],
      ['description: The rates&#58;', 'description: "The rates:"', 'The rates:'],
      ['description: 2024&#46;5', 'description: "2024.5"', '2024.5'],
      [
        'description: Say&#58; &quot;hi&quot; \\ there',
        'description: "Say: \\"hi\\" \\\\ there"',
        'Say: "hi" \\ there',
      ],
      ['description: Say &quot;hi&quot;', 'description: Say "hi"', 'Say "hi"'],
      ["description: 'It&#39;s &lt;3'", "description: 'It''s <3'", "It's <3"],
      [
        'description: "Fish &amp; chips" # a comment',
        'description: "Fish & chips" # a comment',
        'Fish & chips',
      ],
    ];
    for (const [line, fixed, value] of cases) {
      const result = decodeFrontMatterEntities(FILE, page(`title: T\n${line}\n`));
      expect(result.text).toBe(page(`title: T\n${fixed}\n`));
      expect(
        (splitFrontMatter(result.text).yaml!.data as { description: string }).description,
      ).toBe(value);
    }
  });

  it('decodes withdrawn.reason, and leaves text that would still read as an entity or a tag', () => {
    expect(
      decodeFrontMatterEntities(
        FILE,
        page(
          'title: T\ndescription: D\nwithdrawn:\n  date: 2024-05-01\n  reason: Replaced &ndash; see rates\n',
        ),
      ).text,
    ).toBe(
      page(
        'title: T\ndescription: D\nwithdrawn:\n  date: 2024-05-01\n  reason: Replaced – see rates\n',
      ),
    );
    const kept = page('title: A &amp;amp; B\ndescription: Use &lt;b&gt; here\n');
    expect(decodeFrontMatterEntities(FILE, kept)).toEqual({ text: kept, fixed: [] });
  });
});

describe('--fix keeps the rest of the file', () => {
  it('leaves every byte outside the changed spans as it was: CRLF, trailing spaces, code spans', () => {
    const text =
      '---\r\ntitle: Rates &amp; bands\r\ndescription: The rates.  \r\npublished: 2024-01-01\r\n---\r\n\r\n' +
      'Pay <strong>now</strong>.   \r\nWrite `<b>` in code.\t\r\n\r\n<p>One</p>\r\n\r\nLast line <em>here</em>';
    const result = fixPage(FILE, text);
    expect(result.text).toBe(
      '---\r\ntitle: Rates & bands\r\ndescription: The rates.  \r\npublished: 2024-01-01\r\n---\r\n\r\n' +
        'Pay **now**.   \r\nWrite `<b>` in code.\t\r\n\r\nOne\r\n\r\nLast line *here*',
    );
    expect(changes(result)).toEqual([
      '2 TEXT_HAS_ENTITY entities in title written as characters',
      '7 HTML_HAS_MARKDOWN <strong> written as Markdown',
      '10 HTML_HAS_MARKDOWN <p> written as Markdown',
      '12 HTML_HAS_MARKDOWN <em> written as Markdown',
    ]);
  });
});

/** What a reader gets: the rendered body's words (tags stripped, whitespace collapsed) and its hrefs. */
function rendered(body: string) {
  const html = createMarkdown().render(body, markdownEnv(FILE, 1));
  return {
    words: decodeHTML(html.replace(/<[^>]*>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim(),
    hrefs: [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decodeHTML(m[1]!)),
  };
}

const MIGRATED = fs.readFileSync(
  path.join(fixturesDir, 'fix/content/tax-office/vat/paying.md'),
  'utf8',
);
const MIXED = [
  MIGRATED,
  'Read <a href="https://x.gov/" target="_blank">the guide</a> now, <strong>today</strong>.',
  'Line<br/>\nnext<BR>Next and <br> end<br>',
  '- item <em>e</em><br>more\n- two<br>- not a list',
  '> Quote <strong>q</strong><br>next\n> <p>x</p>',
  '<h2>Rates</h2>\n<p>Standard rate<br>20%</p>\n<ul><li>One <a href="rates.md">rates</a></li><li>Two</li></ul>',
  'Some text\n<p>interrupts</p>',
  '<p>Tom &amp; Jerry, 1) not a list, ~~not struck~~, &lt;b&gt;</p>',
  ':::inset\n<p>Inside <b>a block</b></p>\n:::',
  'Text <strong> spaced </strong>end and<strong>x</strong>, a<strong>"b"</strong>c.',
  '| a | b |\n|---|---|\n| <b>x</b> | y<br>z |',
].join('\n\n');

describe('a fixed page reads the same', () => {
  it('renders the same words and links before and after', () => {
    const { body } = splitFrontMatter(MIXED);
    const fixed = fixPage(FILE, MIXED);
    expect(fixed.fixed.length).toBeGreaterThan(10);
    const after = rendered(splitFrontMatter(fixed.text).body);
    expect(after).toEqual(rendered(body));
    expect(after.hrefs).toContain('https://x.gov/');
  });

  it('changes nothing when fixed a second time', () => {
    for (const text of [MIXED, MIGRATED]) {
      const once = fixPage(FILE, text);
      expect(fixPage(FILE, once.text)).toEqual({ text: once.text, fixed: [] });
    }
  });
});

describe('npm run check -- --fix', () => {
  it('fixes the files in place, says what it fixed, then reports what is left; a second run fixes nothing', async () => {
    const root = checkSite('published');
    fs.cpSync(path.join(fixturesDir, 'fix'), root, { recursive: true });
    const page = 'content/tax-office/vat/paying.md';
    const run = await runCli('check.ts', ['--today', '2025-01-01', '--fix'], root);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.includes('  fixed  '))).toEqual([
      `${page}:2  fixed  TEXT_HAS_ENTITY  entities in title written as characters`,
      `${page}:3  fixed  TEXT_HAS_ENTITY  entities in description written as characters`,
      `${page}:7  fixed  TEXT_HAS_ENTITY  entities in changes[0].note written as characters`,
      `${page}:10  fixed  LINK_TARGET_REMOVED  target="_blank" removed from <a>`,
      `${page}:10  fixed  HTML_HAS_MARKDOWN  <a> written as Markdown`,
      `${page}:10  fixed  HTML_HAS_MARKDOWN  <strong> written as Markdown`,
      `${page}:12  fixed  HTML_HAS_MARKDOWN  <p> written as Markdown`,
      `${page}:16  fixed  LINK_TARGET_REMOVED  target="_blank" removed from <a>`,
    ]);
    // The <div class> stays HTML, so its warnings are still reported, after the fixes.
    expect(run.stdout).toMatch(
      /fixed {2}LINK_TARGET_REMOVED[^\n]*\n\n[\s\S]*paying\.md:16 {2}warning {2}HTML_HAS_MARKDOWN/,
    );
    expect(run.stdout).not.toContain('TEXT_HAS_ENTITY  The field');
    const fixed = read(root, page);
    expect(fixed).toBe(
      [
        '---',
        'title: Paying VAT – what to know',
        'description: "How to pay VAT: the deadlines and the ways to pay."',
        'published: 2024-02-01',
        'changes:',
        '  - date: 2024-03-01',
        '    note: Rates & thresholds updated.',
        '---',
        '',
        'Read [the VAT rates](https://www.gov.uk/vat-rates) before you pay. Pay **on time**.',
        '',
        'You can pay by bank transfer.\\',
        'Allow 3 working days.',
        '',
        '<div class="panel">',
        '<p>Call <a href="tel:03001234567">the helpline</a> if you cannot pay.</p>',
        '</div>',
        '',
        'Write the code `<b>` only in examples. See [how to register](register.md).',
        '',
      ].join('\n'),
    );

    const again = await runCli('check.ts', ['--today', '2025-01-01', '--fix'], root);
    expect(again.stdout).not.toContain('  fixed  ');
    expect(read(root, page)).toBe(fixed);
  });

  it('fixes only the paths named, and lists the fixes under "fixed" with --format json', async () => {
    const root = checkSite('published');
    fs.cpSync(path.join(fixturesDir, 'fix'), root, { recursive: true });
    const original = read(root, 'content/tax-office/vat/paying.md');
    const other = await runCli(
      'check.ts',
      ['--today', '2025-01-01', '--fix', 'content/digital-service'],
      root,
    );
    expect(other.stdout).not.toContain('  fixed  ');
    expect(read(root, 'content/tax-office/vat/paying.md')).toBe(original);

    const run = await runCli(
      'check.ts',
      ['--today', '2025-01-01', '--fix', '--format', 'json', 'content/tax-office/vat/paying.md'],
      root,
    );
    const report = JSON.parse(run.stdout);
    expect(report.fixed).toHaveLength(8);
    expect(report.fixed[0]).toEqual({
      file: 'content/tax-office/vat/paying.md',
      line: 2,
      code: 'TEXT_HAS_ENTITY',
      what: 'entities in title written as characters',
    });
  });
});
