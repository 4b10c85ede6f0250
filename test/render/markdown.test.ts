import { describe, expect, it } from 'vitest';
import { createMarkdown, type LinkTargets, markdownEnv } from '../../src/render/markdown/index.ts';

const md = createMarkdown();
const links: LinkTargets = {
  urlOfFile: (file) =>
    ({
      'content/tax-office/vat/rates.md': '/vat/rates/',
      'content/digital-service/help/index.md': '/help/',
    })[file],
  isPublished: (path) => ['/vat/rates/', '/help/'].includes(path),
  fileAt: () => undefined,
  isRefusedFile: () => false,
  nearestFile: () => undefined,
};
const render = (body: string) => {
  const env = markdownEnv('content/tax-office/vat/register.md', 1, { links });
  return { html: md.render(body, env as never), env };
};

describe('Markdown with GOV.UK Frontend classes', () => {
  it('styles headings, paragraphs, lists and links', () => {
    const { html } = render('## How to pay\n\nPay [online](/help/).\n\n- one\n- two\n\n1. first\n');
    expect(html).toContain('<h2 id="how-to-pay" class="govuk-heading-l">How to pay</h2>');
    expect(html).toContain(
      '<p class="govuk-body">Pay <a href="/help/" class="govuk-link">online</a>.</p>',
    );
    expect(html).toContain('<ul class="govuk-list govuk-list--bullet">');
    expect(html).toContain('<ol class="govuk-list govuk-list--number">');
  });

  it('styles tables, with right-aligned columns as numeric cells instead of inline styles', () => {
    const { html } = render('| Rate | % |\n|---|--:|\n| Standard | 20 |\n');
    expect(html).toContain('<table class="govuk-table">');
    expect(html).toContain('<th class="govuk-table__header govuk-table__header--numeric">%</th>');
    expect(html).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">20</td>');
    expect(html).not.toContain('style=');
  });

  it('gives headings stable ids from their text, numbering repeats', () => {
    const { html, env } = render('## Rates & bands\n\n## Rates & bands\n\n### Café opening\n');
    expect(html).toContain('id="rates-and-bands"');
    expect(html).toContain('id="rates-and-bands-2"');
    expect(html).toContain('id="cafe-opening"');
    expect(env.headings.map((h) => h.id)).toEqual([
      'rates-and-bands',
      'rates-and-bands-2',
      'cafe-opening',
    ]);
  });
});

describe('GOV.UK blocks', () => {
  it('renders :::inset with the inset text component', () => {
    expect(render(':::inset\nYou can pay **later**.\n:::\n').html).toMatch(
      /<div class="govuk-inset-text">\s*<p class="govuk-body">You can pay <strong>later<\/strong>.<\/p>\s*<\/div>/,
    );
  });

  it('renders :::warning with the warning text component, its text inline', () => {
    const { html } = render(':::warning\nYou can be fined.\n:::\n');
    expect(html).toContain('<div class="govuk-warning-text">');
    expect(html).toContain('<span class="govuk-visually-hidden">Warning</span>');
    expect(html).toMatch(
      /<strong class="govuk-warning-text__text">[\s\S]*You can be fined.\s*<\/strong>/,
    );
    expect(html).not.toMatch(/<strong[^>]*>[\s\S]*<p/);
  });

  it('renders :::details with its summary, escaping it', () => {
    const { html } = render(':::details What counts as <income>\n- wages\n:::\n');
    expect(html).toContain('<details class="govuk-details">');
    expect(html).toMatch(
      /<span class="govuk-details__summary-text">\s*What counts as &lt;income&gt;\s*<\/span>/,
    );
    expect(html).toMatch(
      /<div class="govuk-details__text">\s*<ul class="govuk-list govuk-list--bullet">/,
    );
  });

  it('refuses a warning that holds more than one paragraph', () => {
    expect(render(':::warning\nOne.\n\nTwo.\n:::\n').env.diagnostics.map((d) => d.code)).toEqual([
      'BLOCK_WARNING_CONTENT',
    ]);
  });
});

describe('links', () => {
  it('rewrites a link to a Markdown file to its page URL, keeping the fragment', () => {
    expect(
      render('[rates](rates.md#reduced) and [help](../../digital-service/help/index.md)').html,
    ).toContain(
      '<a href="/vat/rates/#reduced" class="govuk-link">rates</a> and <a href="/help/" class="govuk-link">help</a>',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'vbscript:msgbox',
    'data:text/html;base64,PHNjcmlwdD4=',
    'java&#x09;script:alert(1)',
  ])('drops the script URL %s, keeping the text', (href) => {
    const { html, env } = render(`[win](${href})`);
    expect(html).toBe('<p class="govuk-body">win</p>\n');
    expect(env.diagnostics.map((d) => d.code)).toEqual(['LINK_UNSAFE_SCHEME']);
  });

  it('keeps external, mail and phone links', () => {
    const { html, env } = render(
      '[a](https://www.example.org/) [b](mailto:help@example.gov) [c](tel:+441234)',
    );
    expect(html).toContain('href="https://www.example.org/"');
    expect(html).toContain('href="mailto:help@example.gov"');
    expect(env.diagnostics).toEqual([]);
  });

  it('reports a relative link that is not a Markdown file', () => {
    expect(render('[x](other-page/)').env.diagnostics.map((d) => d.code)).toEqual([
      'LINK_RELATIVE',
    ]);
  });
});

describe('raw HTML', () => {
  it('leaves out HTML comments, which are notes for editors', () => {
    const { html, env } = render('<!-- check with policy -->\n\nText.\n');
    expect(html).toBe('<p class="govuk-body">Text.</p>\n');
    expect(env.diagnostics).toEqual([]);
  });

  it('prints template syntax as text', () => {
    expect(render('Total: {{ 7 * 7 }} {% raw %}').html).toContain('{{ 7 * 7 }} {% raw %}');
  });
});
