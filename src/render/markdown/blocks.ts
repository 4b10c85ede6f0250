import type { MarkdownIt, PluginWithParams } from 'markdown-it';
import container from 'markdown-it-container';
import { markdown } from '../../report/catalogue/index.ts';
import { report } from '../../report/diagnostic.ts';
import { loadNunjucks } from '../load-nunjucks.ts';
import { envOf } from './env.ts';
import { blockLine } from './lines.ts';
import { componentTemplates } from './templates.ts';

const CONTENT = '\u0000content\u0000';

const MACROS = {
  inset: ['inset-text', 'govukInsetText', '{ html: html }'],
  warning: ['warning-text', 'govukWarningText', '{ html: html, iconFallbackText: "Warning" }'],
  details: ['details', 'govukDetails', '{ summaryText: summary, html: html }'],
} as const;

export type BlockName = keyof typeof MACROS;
export const BLOCK_NAMES = Object.keys(MACROS) as BlockName[];

const cache = new Map<string, [string, string]>();

/**
 * The component's own markup from its govuk-frontend macro, cut in two around the content so
 * markdown-it can render the Markdown inside between the halves.
 */
export function componentHalves(name: BlockName, summary = ''): [string, string] {
  const key = `${name}\u0000${summary}`;
  let halves = cache.get(key);
  if (!halves) {
    const [folder, macro, params] = MACROS[name];
    const html = componentTemplates().renderString(
      `{% from "govuk/components/${folder}/macro.njk" import ${macro} %}{{ ${macro}(${params}) }}`,
      { html: new (loadNunjucks().runtime.SafeString)(CONTENT), summary },
    );
    const [open = '', close = ''] = html.split(CONTENT);
    halves = [open, close];
    cache.set(key, halves);
  }
  return halves;
}

/** `:::inset`, `:::warning` and `:::details Summary` blocks, rendered as GOV.UK components. */
export function govukBlocks(md: MarkdownIt) {
  // The plugin's own types describe markdown-it's CommonJS build; the plugin works with either.
  const containerPlugin = container as unknown as PluginWithParams;
  for (const name of BLOCK_NAMES) {
    md.use(containerPlugin, name, {
      validate: (params: string) => params.trim().split(/\s+/, 1)[0] === name,
      render: (tokens: import('markdown-it').Token[], idx: number) => {
        const token = tokens[idx]!;
        const summary = token.info.trim().slice(name.length).trim();
        return componentHalves(name, summary)[token.nesting === 1 ? 0 : 1];
      },
    });
  }
  md.core.ruler.push('check_blocks', (state) => {
    const env = envOf(state);
    state.tokens.forEach((token, i) => {
      const line = blockLine(token, env);
      if (
        token.type === 'container_details_open' &&
        !token.info.trim().slice('details'.length).trim()
      ) {
        env.diagnostics.push(report(markdown.BLOCK_DETAILS_SUMMARY, { file: env.file, line }));
      }
      if (token.type === 'container_warning_open') {
        // Warning text sits inside <strong>: one paragraph of text, no lists or tables.
        const inner = state.tokens.slice(
          i + 1,
          state.tokens.findIndex((t, j) => j > i && t.type === 'container_warning_close'),
        );
        const blocks = inner.filter((t) => t.level === token.level + 1 && t.nesting === 1);
        if (blocks.length > 1 || blocks.some((t) => t.type !== 'paragraph_open')) {
          env.diagnostics.push(report(markdown.BLOCK_WARNING_CONTENT, { file: env.file, line }));
        }
        inner.forEach((t) => {
          if (t.type === 'paragraph_open' || t.type === 'paragraph_close') t.hidden = true;
        });
      }
      if (
        token.type === 'inline' &&
        /^:::/.test(token.content) &&
        state.tokens[i - 1]?.type === 'paragraph_open'
      ) {
        const name = token.content.slice(3).trim().split(/\s+/, 1)[0] ?? '';
        env.diagnostics.push(report(markdown.BLOCK_UNKNOWN, { file: env.file, line }, { name }));
      }
    });
    return true;
  });
}
