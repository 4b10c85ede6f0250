import type { MarkdownIt, Token } from 'markdown-it';
import { html as htmlRules } from '../../report/catalogue/index.ts';
import { report } from '../../report/diagnostic.ts';
import { envOf, type MarkdownEnv } from './env.ts';
import { checkRawHtml, type RawUrl } from './html-check.ts';
import { imageAttributes } from './images.ts';
import { blockLine } from './lines.ts';
import { resolveLink, warnIfExternal } from './links.ts';
import { AUTHORED_CLASS, sanitizeBody } from './sanitize.ts';

const MARKDOWN_LINK = /!?\[[^\]]*\]\([^)\s]+\)/;

/** One HTML comment and nothing else (`<!-- a --><b>` is not). */
const isComment = (html: string) => /^<!--(?:(?!-->)[\s\S])*-->$/.test(html.trim());

/** Elements whose URL loads into the page (not a link the reader follows). */
const EMBEDDED = new Set(['img', 'audio', 'video', 'source', 'track']);

/**
 * Raw HTML, the way GOV.UK's Govspeak treats it: checked against the policy (html-policy.ts) with
 * each problem on its line, its links and images checked like Markdown ones, and the rendered body
 * sanitised with sanitize-html, so nothing refused reaches a reader even where a check was missed.
 * HTML comments are notes for editors and are left out.
 */
export function rawHtml(md: MarkdownIt) {
  const passThrough = (tokens: Token[], idx: number) =>
    isComment(tokens[idx]!.content) ? '' : withAuthoredClasses(tokens[idx]!.content);
  md.renderer.rules.html_block = passThrough;
  md.renderer.rules.html_inline = passThrough;
  const escape = md.utils.escapeHtml;

  md.core.ruler.push('check_raw_html', (state) => {
    const env = envOf(state);
    for (const token of state.tokens) {
      if (token.type === 'html_block' && !isComment(token.content)) {
        check(env, token.content, blockLine(token, env));
        warnOfMarkdownInside(token, env);
      }
      if (token.type === 'inline' && token.children?.some((c) => c.type === 'html_inline')) {
        check(env, inlineFragment(token.children, escape), blockLine(token, env));
      }
    }
    return true;
  });

  const render = md.render.bind(md);
  md.render = (source, env) => {
    const html = render(source, env);
    const state = envOf({ env });
    if (!state.rawUrls) return html;
    return sanitizeBody(html, state.rawUrls, (src) => {
      const image = state.images.get(src);
      if (!image) return undefined;
      const first = !state.imageShown;
      state.imageShown = true;
      return imageAttributes(image, first);
    });
  };
}

/** Markdown written inside an HTML block is not read as Markdown (CommonMark): readers see it as typed. */
function warnOfMarkdownInside(token: Token, env: MarkdownEnv) {
  const lines = token.content.split('\n');
  const at = lines.findIndex((l) => MARKDOWN_LINK.test(l) || /^\s*(#{1,6} |[-*] |\d+\. )/.test(l));
  if (at <= 0) return;
  env.diagnostics.push(
    report(htmlRules.HTML_BLOCK_HOLDS_MARKDOWN, {
      file: env.file,
      line: blockLine(token, env) + at,
    }),
  );
}

/**
 * Raw HTML with each tag's `class` renamed, so the sanitiser can tell an author's `govuk-button`
 * from the classes Markdown and components give (sanitize.ts). The scan skips quoted values.
 */
export function withAuthoredClasses(html: string): string {
  return html.replace(TAG, (tag) =>
    tag.replace(
      /("[^"]*"|'[^']*')|(\s)class(?=\s*=)/gi,
      (match, quoted: string | undefined, space: string) =>
        quoted ? match : `${space}${AUTHORED_CLASS}`,
    ),
  );
}

/** An opening tag, its attributes' quoted values (which may hold `>`) taken whole. */
const TAG =
  /<[a-z][^\s/>]*(?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;

function check(env: MarkdownEnv, fragment: string, line: number) {
  const findings = checkRawHtml(fragment, env.file, line);
  env.diagnostics.push(...findings.diagnostics);
  env.rawUrls ??= new Map();
  for (const url of findings.urls) env.rawUrls.set(url.value, checkUrl(url, env));
}

function checkUrl(url: RawUrl, env: MarkdownEnv): string | null {
  const resolved = resolveLink(url.value, env, url.line);
  if (resolved === undefined) return null;
  if (EMBEDDED.has(url.element)) warnIfExternal(url.element, resolved, env, url.line);
  env.linkLines.push({ href: resolved, line: url.line });
  return resolved;
}

/**
 * The raw HTML of a paragraph with its text, and nothing that Markdown itself made, so the checks
 * see which raw elements hold text. Line breaks are kept, so lines count as in the file.
 */
function inlineFragment(children: Token[], escape: (text: string) => string): string {
  let html = '';
  for (const child of children) {
    if (child.type === 'html_inline') html += child.content;
    else if (child.type === 'text' || child.type === 'code_inline') html += escape(child.content);
    else if (child.type === 'image') html += escape(child.content);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') html += '\n';
  }
  return html;
}
