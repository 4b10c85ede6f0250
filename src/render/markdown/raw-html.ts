import type { MarkdownIt } from 'markdown-it';
import { error } from '../../report/diagnostic.ts';
import { envOf } from './env.ts';
import { blockLine, eachInline } from './lines.ts';

const isComment = (html: string) => /^<!--[\s\S]*-->\s*$/.test(html.trim());

/**
 * Raw HTML is printed as text, never as markup, and reported with its line: content designers
 * use the Markdown blocks instead. HTML comments are notes for editors and are left out.
 */
export function escapedHtml(md: MarkdownIt) {
  const escape = md.utils.escapeHtml;
  const render = (content: string) => (isComment(content) ? '' : escape(content));
  md.renderer.rules.html_block = (tokens, idx) => render(tokens[idx]!.content);
  md.renderer.rules.html_inline = (tokens, idx) => render(tokens[idx]!.content);

  md.core.ruler.push('report_raw_html', (state) => {
    const env = envOf(state);
    const report = (content: string, line: number) => {
      // A closing tag belongs to an opening one that is reported already.
      if (isComment(content) || content.startsWith('</')) return;
      env.diagnostics.push(error('RAW_HTML', { file: env.file, line },
        `Raw HTML "${content.trim().split('\n')[0]!.slice(0, 60)}" is not allowed; it is shown as text.`,
        'Use Markdown instead: **bold**, [links](/path/), lists, tables, or the :::inset, :::warning and :::details blocks.'));
    };
    for (const token of state.tokens) if (token.type === 'html_block') report(token.content, blockLine(token, env));
    eachInline(state.tokens, env, (child, line) => {
      if (child.type === 'html_inline') report(child.content, line);
    });
    return true;
  });
}
