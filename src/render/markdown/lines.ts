import type { Token } from 'markdown-it';
import type { MarkdownEnv } from './env.ts';

/** File line of a block token. */
export const blockLine = (token: Token, env: MarkdownEnv) => (token.map?.[0] ?? 0) + env.bodyLine;

/** File line of the inline child at `index`: its block's line plus the line breaks before it. */
export function inlineLine(block: Token, index: number, env: MarkdownEnv): number {
  let line = blockLine(block, env);
  const children = block.children ?? [];
  for (let i = 0; i < index; i++) {
    const type = children[i]!.type;
    if (type === 'softbreak' || type === 'hardbreak') line++;
  }
  return line;
}

/** Calls `visit` for every inline child of every block, with its file line. */
export function eachInline(
  tokens: Token[],
  env: MarkdownEnv,
  visit: (child: Token, line: number, siblings: Token[], index: number) => void,
) {
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    block.children.forEach((child, i, siblings) => visit(child, inlineLine(block, i, env), siblings, i));
  }
}
