import type { Token } from 'markdown-it';
import type { MarkdownEnv } from './env.ts';

/** File line of a block token. */
export const blockLine = (token: Token, env: MarkdownEnv) => (token.map?.[0] ?? 0) + env.bodyLine;

/** Calls `visit` for every inline child of every block, with its file line. */
export function eachInline(
  tokens: Token[],
  env: MarkdownEnv,
  visit: (child: Token, line: number, siblings: Token[], index: number) => void,
) {
  let mapped = env.bodyLine;
  for (const block of tokens) {
    // Inline tokens of table cells have no line map of their own: their row's is the nearest.
    if (block.map) mapped = blockLine(block, env);
    if (block.type !== 'inline' || !block.children) continue;
    // A child's line is its block's plus the line breaks before it, counted as they pass.
    let line = mapped;
    const children = block.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      visit(child, line, children, i);
      if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
    }
  }
}
