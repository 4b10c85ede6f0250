import { describe, expect, it } from 'vitest';
import { createMarkdown, type LinkTargets, markdownEnv } from '../../src/render/markdown/index.ts';

const md = createMarkdown();
const links: LinkTargets = {
  urlOfFile: (file) =>
    file === 'content/tax-office/vat/register.md' ? '/vat/register/' : undefined,
  isPublished: (path) => path === '/vat/register/' || path.startsWith('/vat/rates/'),
  fileAt: () => undefined,
  isRefusedFile: () => false,
  nearestFile: () => undefined,
};
const render = (body: string) => {
  const env = markdownEnv('content/tax-office/vat/page.md', 10, { links });
  return {
    html: md.render(body, env as never),
    env,
    found: env.diagnostics
      .map((d) => [d.code, d.line])
      .sort((a, b) => Number(a[1]) - Number(b[1]) || String(a[0]).localeCompare(String(b[0]))),
  };
};

describe('safe raw HTML, as Govspeak treats it', () => {
  it('renders links, emphasis, sup, br and abbr with the GOV.UK classes Markdown would get', () => {
    const { html, found } = render(
      'See <a href="/vat/rates/">the rates</a>, <abbr title="Value Added Tax">VAT</abbr> and x<sup>2</sup>.<br>\nNext line.\n',
    );
    expect(html).toContain('<a href="/vat/rates/" class="govuk-link">the rates</a>');
    expect(html).toContain('<abbr title="Value Added Tax">VAT</abbr>');
    expect(html).toContain('x<sup>2</sup>');
    expect(html).toMatch(/<br>\nNext line/);
    expect(found).toEqual([
      ['HTML_HAS_MARKDOWN', 10],
      ['HTML_HAS_MARKDOWN', 10],
    ]);
  });

  it("styles a table as a GOV.UK table and drops the old site's classes", () => {
    const { html } = render(
      '<table class="usa-table" border="1">\n<caption>Rates</caption>\n<tr><th scope="col">Band</th></tr>\n<tr><td>20%</td></tr>\n</table>\n',
    );
    expect(html).toContain('<table class="govuk-table">');
    expect(html).toContain(
      '<caption class="govuk-table__caption govuk-table__caption--m">Rates</caption>',
    );
    expect(html).toContain('<th scope="col" class="govuk-table__header">Band</th>');
    expect(html).not.toContain('usa-table');
    expect(html).not.toContain('border');
  });

  it('keeps figures, details, audio with its sources and video with its tracks', () => {
    const { html, found } = render(
      [
        '<figure><img src="/vat/rates/chart.png" alt="Rates since 2010" width="600" height="400"><figcaption>Rates</figcaption></figure>',
        '',
        '<details><summary>More</summary>Detail.</details>',
        '',
        '<audio controls><source src="/vat/rates/talk.mp3" type="audio/mpeg"></audio>',
        '',
        '<video controls><source src="/vat/rates/talk.mp4" type="video/mp4"><track kind="captions" src="/vat/rates/talk.vtt" srclang="en"></video>',
        '',
      ].join('\n'),
    );
    expect(html).toContain(
      '<img src="/vat/rates/chart.png" alt="Rates since 2010" width="600" height="400" class="app-content-image">',
    );
    expect(html).toContain('<figcaption>Rates</figcaption>');
    expect(html).toContain(
      '<details class="govuk-details"><summary class="govuk-details__summary">More</summary>',
    );
    expect(html).toContain('<source src="/vat/rates/talk.mp3" type="audio/mpeg">');
    expect(html).toContain('<track kind="captions" src="/vat/rates/talk.vtt" srclang="en">');
    expect(found.filter(([code]) => code !== 'HTML_HAS_MARKDOWN')).toEqual([]);
  });

  it("rewrites a link to a page's Markdown file to its URL, and reports one that leads nowhere", () => {
    const { html, env } = render(
      '<a href="register.md#how">Register</a> and <a href="/vat/gone/">old</a>\n',
    );
    expect(html).toContain('<a href="/vat/register/#how" class="govuk-link">Register</a>');
    expect(
      env.diagnostics.filter((d) => d.code === 'LINK_BROKEN').map((d) => [d.line, d.message]),
    ).toEqual([
      [10, 'The link "/vat/gone/" points at /vat/gone/, which this site does not publish.'],
    ]);
  });

  it("never lets an author's own GOV.UK classes through: a link stays a link, hidden text stays visible", () => {
    const { html } = render(
      '<a href="https://www.example.com/" class="govuk-button govuk-button--start">Start now</a>\n\n<p class="govuk-!-display-none">Hidden</p>\n',
    );
    expect(html).toContain('<a href="https://www.example.com/" class="govuk-link">Start now</a>');
    expect(html).toContain('<p class="govuk-body">Hidden</p>');
  });

  it("keeps an old anchor's name as its id, so links to it still arrive", () => {
    expect(render('<a name="top"></a>Text.\n').html).toContain(
      '<a id="top" class="govuk-link"></a>',
    );
  });

  it("reports a problem in a table cell on the cell's own line", () => {
    expect(
      render(
        'Intro.\n\n| a | b |\n|---|---|\n| 1 | [x](javascript:y) |\n| 2 | ![](/vat/rates/p.png) |\n',
      ).found,
    ).toEqual([
      ['LINK_UNSAFE_SCHEME', 14],
      ['IMAGE_ALT_MISSING', 15],
    ]);
  });

  it('removes target="_blank" with a warning: GOV.UK links open in the same tab', () => {
    const { html, env } = render(
      'Text.\n\n<a href="https://www.example.com/" target="_blank">Example</a>\n',
    );
    expect(html).toContain('<a href="https://www.example.com/" class="govuk-link">Example</a>');
    expect(env.diagnostics.find((d) => d.code === 'LINK_TARGET_REMOVED')).toMatchObject({
      severity: 'warning',
      line: 12,
    });
  });
});

describe('unsafe raw HTML is an error on its line, and never reaches a reader', () => {
  it.each([
    [
      '<script>',
      '<script>alert(1)</script>',
      'HTML_ELEMENT_REFUSED',
      'The HTML element <script> is not allowed in content; it has been removed.',
    ],
    [
      '<style>',
      '<style>body{display:none}</style>',
      'HTML_ELEMENT_REFUSED',
      'The HTML element <style> is not allowed in content; it has been removed.',
    ],
    [
      '<iframe>',
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      'HTML_ELEMENT_REFUSED',
      'The HTML element <iframe> is not allowed in content; it has been removed.',
    ],
    [
      '<object>',
      '<object data="x.swf"></object>',
      'HTML_ELEMENT_REFUSED',
      'The HTML element <object> is not allowed in content; it has been removed.',
    ],
    [
      '<embed>',
      '<p><embed src="x.swf"></p>',
      'HTML_ELEMENT_REFUSED',
      'The HTML element <embed> is not allowed in content; it has been removed.',
    ],
    [
      '<form>',
      '<form action="/x"></form>',
      'HTML_ELEMENT_REFUSED',
      'The HTML element <form> is not allowed in content; it has been removed.',
    ],
    [
      'an event attribute',
      '<p><img src="/vat/rates/x.png" alt="x" onerror="alert(1)"></p>',
      'HTML_ATTRIBUTE_REFUSED',
      'The attribute "onerror" on <img> runs script; it has been removed.',
    ],
    [
      'a style attribute',
      '<p style="color:red">Red</p>',
      'HTML_ATTRIBUTE_REFUSED',
      'The attribute "style" on <p> sets its own look; it has been removed.',
    ],
    [
      'a javascript: URL',
      '<a href="javascript:alert(1)">x</a>',
      'LINK_UNSAFE_SCHEME',
      'The link "javascript:alert(1)" uses "javascript:", which could run code in a reader\'s browser; it has been removed.',
    ],
    [
      'an entity-encoded javascript: URL',
      '<a href="&#106;avascript&#58;alert(1)">x</a>',
      'LINK_UNSAFE_SCHEME',
      'The link "javascript:alert(1)" uses "javascript:", which could run code in a reader\'s browser; it has been removed.',
    ],
    [
      'a data: URL',
      '<p><img alt="x" src="data:image/svg+xml;base64,PHN2Zz4="></p>',
      'LINK_UNSAFE_SCHEME',
      'The link "data:image/svg+xml;base64,PHN2Zz4=" uses "data:", which could run code in a reader\'s browser; it has been removed.',
    ],
    [
      'a vbscript: URL with a tab in it',
      '<a href="vb&#9;script:msgbox(1)">x</a>',
      'LINK_UNSAFE_SCHEME',
      'The link "vb\tscript:msgbox(1)" uses "vbscript:", which could run code in a reader\'s browser; it has been removed.',
    ],
  ])('%s', (_, body, code, message) => {
    const { html, env } = render(`Intro.\n\n${body}\n`);
    expect(
      env.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line, d.message]),
    ).toEqual([[code, 12, message]]);
    expect(html).not.toMatch(
      /<(script|style|iframe|object|embed|form|input)\b|\bon[a-z]+=|style=|javascript|vbscript|data:/i,
    );
  });
});

describe('links and images a screen reader can announce', () => {
  it('refuses a link with no text, in Markdown and in HTML', () => {
    expect(
      render('[](https://www.example.com/)\n\nText <a href="/vat/rates/"> </a>\n').found,
    ).toEqual([
      ['LINK_TEXT_MISSING', 10],
      ['HTML_HAS_MARKDOWN', 12],
      ['LINK_TEXT_MISSING', 12],
    ]);
  });

  it('refuses an image without alt text, unless marked decorative', () => {
    const { html, found } = render(
      '![](/vat/rates/a.png)\n\n![""](/vat/rates/b.png)\n\n<p><img src="/vat/rates/c.png"> <img src="/vat/rates/d.png" alt=""></p>\n',
    );
    expect(found.filter(([code]) => code !== 'HTML_HAS_MARKDOWN')).toEqual([
      ['IMAGE_ALT_MISSING', 10],
      ['IMAGE_ALT_MISSING', 14],
    ]);
    expect(html).toContain('<img src="/vat/rates/b.png" alt="" class="app-content-image">');
  });

  it('refuses a link whose only content is an image without alt text', () => {
    expect(
      render(
        '[![""](/vat/rates/a.png)](/vat/rates/)\n\n<p><a href="/vat/rates/"><img src="/vat/rates/b.png" alt=""></a></p>\n',
      ).found.filter(([code]) => code !== 'HTML_HAS_MARKDOWN'),
    ).toEqual([
      ['LINK_TEXT_MISSING', 10],
      ['LINK_TEXT_MISSING', 12],
    ]);
  });

  it("keeps escaped characters and entities in an image's alt text", () => {
    expect(render('![The O\\*Net model &amp; more](/vat/rates/a.png)\n').html).toContain(
      'alt="The O*Net model &amp; more"',
    );
  });

  it('refuses a Markdown link whose only content is raw HTML with no text', () => {
    expect(
      render(
        '[<img src="/vat/rates/a.png" alt="">](/vat/rates/) and [<span></span>](/vat/rates/)\n',
      ).found.filter(([c]) => c === 'LINK_TEXT_MISSING'),
    ).toEqual([
      ['LINK_TEXT_MISSING', 10],
      ['LINK_TEXT_MISSING', 10],
    ]);
    expect(
      render(
        '[<img src="/vat/rates/a.png" alt="Rates">](/vat/rates/) and [<strong>Rates</strong>](/vat/rates/)\n',
      ).found.filter(([c]) => c === 'LINK_TEXT_MISSING'),
    ).toEqual([]);
  });

  it("accepts a link named by its image's alt text", () => {
    expect(render('[![VAT rates chart](/vat/rates/a.png)](/vat/rates/)\n').found).toEqual([]);
  });
});

describe('heading ids', () => {
  it('takes an id written after the heading, for the heading and the contents list', () => {
    const { html, env } = render('## What we did {#what-we-did}\n\n## Next steps   {#next}\n');
    expect(html).toContain('<h2 id="what-we-did" class="govuk-heading-l">What we did</h2>');
    expect(html).toContain('<h2 id="next" class="govuk-heading-l">Next steps</h2>');
    expect(env.headings.map((h) => [h.id, h.text])).toEqual([
      ['what-we-did', 'What we did'],
      ['next', 'Next steps'],
    ]);
  });

  it('refuses an id used twice on one page, naming both lines', () => {
    const { env } = render('## One {#same}\n\nText.\n\n## Two {#same}\n');
    expect(env.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      [
        'HEADING_ID_DUPLICATE',
        14,
        'The heading id "same" is used already by the heading on line 10, so links to it would find only the first.',
      ],
    ]);
  });

  it('refuses other attributes rather than printing them as text', () => {
    const { html, found } = render('## Rates {.big #rates}\n');
    expect(html).toContain('<h2 id="rates" class="govuk-heading-l">Rates</h2>');
    expect(found).toEqual([['HEADING_ATTRIBUTE_INVALID', 10]]);
  });
});
