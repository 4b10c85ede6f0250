import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../../src/build/build-site.ts';
import { checkSite } from '../../src/render/markdown/check-pages.ts';
import { createMarkdown, markdownEnv } from '../../src/render/markdown/index.ts';
import { fixtureSite, writeFiles } from '../helpers/fixture-site.ts';

const md = createMarkdown();
const render = (body: string) => {
  const env = markdownEnv('content/tax-office/x.md', 1);
  return { html: md.render(body, env as never), env };
};

/** Elements and attributes in the HTML (as a browser parses it) that could run script. */
function scriptable(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (['script', 'iframe', 'object', 'embed', 'svg', 'style'].includes(name))
        found.push(`<${name}>`);
      for (const [attr, value] of Object.entries(attributes)) {
        if (attr.startsWith('on') || attr === 'style') found.push(`${name} ${attr}`);
        if (/^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${name} ${attr}=${value}`);
      }
    },
  });
  parser.end(html);
  return found;
}

describe('hostile Markdown renders as text', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an event attribute', '<img src=x onerror=alert(1)>'],
    ['an inline event in a span', 'Hello <span onmouseover="alert(1)">there</span>'],
    ['an SVG with script', '<svg><script>alert(1)</script></svg>'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['an entity-encoded javascript: link', '[click](&#106;avascript:alert(1))'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a link title breaking out', '[x](/vat/ "a\\" onmouseover=\\"alert(1)")'],
    ['HTML entities', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a details summary with markup', ':::details <img src=x onerror=alert(1)>\nText\n:::'],
  ])('%s', (_, body) => {
    const { html } = render(body);
    expect(scriptable(html)).toEqual([]);
  });

  it('prints template syntax literally', () => {
    expect(render('{{ site.name }} {% include "x.njk" %} {{- 7*7 -}}').html).toContain(
      '{{ site.name }} {% include &quot;x.njk&quot; %} {{- 7*7 -}}',
    );
  });

  it('copes with a very long line', () => {
    const { html } = render(`${'word '.repeat(200_000)}\n`);
    expect(html.length).toBeGreaterThan(1_000_000);
  });
});

describe('hostile pages in a real build', () => {
  let root: string;
  let result: BuildResult;
  beforeAll(async () => {
    root = fixtureSite();
    writeFiles(root, {
      'content/tax-office/vat/hostile.md': [
        '---',
        'title: "A < B > C & {{ 7*7 }}"',
        'description: "\\" onmouseover=\\"alert(1)"',
        'published: 2024-02-01',
        '---',
        '',
        'Total: {{ 7*7 }} and {% raw %}',
        '',
        '[safe link](/vat/rates/)',
        '',
      ].join('\n'),
      'content/tax-office/vat/huge.md': `---\ntitle: Huge\ndescription: A 10 MB page.\npublished: 2024-02-01\n---\n\n${'A long paragraph of text. '.repeat(400_000)}\n`,
    });
    result = await buildSite({ root });
  }, 120_000);

  it('builds, escaping front matter wherever it is printed', () => {
    expect(result.ok).toBe(true);
    const html = fs.readFileSync(path.join(root, '_site/vat/hostile/index.html'), 'utf8');
    expect(scriptable(html.slice(html.indexOf('<main'), html.indexOf('</main>')))).toEqual([]);
    expect(html).toContain('A &lt; B &gt; C &amp; {{ 7*7 }}');
    expect(html).not.toMatch(/"\s+onmouseover=/);
    expect(html).toContain('Total: {{ 7*7 }} and {% raw %}');
  });

  it('builds a 10 MB page', () => {
    expect(fs.statSync(path.join(root, '_site/vat/huge/index.html')).size).toBeGreaterThan(
      10_000_000,
    );
  });
});

describe('bytes that are not UTF-8', () => {
  it('are a clear error on their line, not junk on the page', () => {
    const root = fixtureSite();
    const file = path.join(root, 'content/tax-office/vat/latin1.md');
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('---\ntitle: Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\ndescription: D\npublished: 2024-02-01\n---\n\nText.\n'),
      ]),
    );
    expect(checkSite(root, { drafts: false }).diagnostics).toEqual([
      expect.objectContaining({
        code: 'ENCODING_INVALID',
        file: 'content/tax-office/vat/latin1.md',
        line: 2,
      }),
    ]);
  });
});

describe('any mix of raw HTML', () => {
  // Pieces real pages and attackers write: allowed and refused elements, event and style
  // attributes, script URLs encoded several ways, broken nesting, comments and text.
  const element = fc.constantFrom(
    'a',
    'p',
    'img',
    'span',
    'div',
    'table',
    'td',
    'details',
    'summary',
    'figure',
    'video',
    'source',
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'form',
    'input',
    'svg',
    'math',
    'noscript',
    'marquee',
  );
  const url = fc.constantFrom(
    '/vat/rates/',
    'https://www.example.com/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '&#106;avascript:alert(1)',
    'java&#x09;script:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '#top',
  );
  const attribute = fc.oneof(
    fc
      .tuple(fc.constantFrom('href', 'src', 'poster', 'cite', 'srcset'), url)
      .map(([n, v]) => `${n}="${v}"`),
    fc.constantFrom(
      'onclick="alert(1)"',
      'onerror=alert(1)',
      'OnLoad="x()"',
      'style="background:url(javascript:alert(1))"',
      'class="usa-button"',
      'target="_blank"',
      'title="A title"',
      'alt="Alt"',
      'alt=""',
      'id="x"',
    ),
  );
  const tag = fc
    .tuple(element, fc.array(attribute, { maxLength: 3 }), fc.boolean())
    .map(
      ([name, attrs, close]) =>
        `<${name}${attrs.map((a) => ` ${a}`).join('')}>${close ? `text</${name}>` : ''}`,
    );
  const body = fc
    .array(
      fc.oneof(
        tag,
        fc.constantFrom(
          'Some words. ',
          '\n\n',
          '\n',
          '<!-- note -->',
          '</div>',
          '**bold** ',
          '[link](/vat/rates/) ',
        ),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));
  const UNSAFE =
    /<(script|style|iframe|object|embed|form|input|svg|math|noscript|marquee)\b|\son[a-z]+=|\sstyle=|(javascript|vbscript|data):|&#106;avascript|java&#x09;script/i;

  it('never renders anything that can run script, and reports every unsafe piece as an error', () => {
    fc.assert(
      fc.property(body, (markdown) => {
        const { html, env } = render(markdown);
        expect(scriptable(html)).toEqual([]);
        if (UNSAFE.test(markdown))
          expect(env.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
