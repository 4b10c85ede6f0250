import type { MarkdownIt, Token } from 'markdown-it';
import { markdown } from '../../report/catalogue/index.ts';
import { report } from '../../report/diagnostic.ts';
import { envOf } from './env.ts';
import { eachInline } from './lines.ts';

/** `![""](photo.jpg)`: alt text of two quotes marks an image as decoration, given alt="". */
export const DECORATIVE_ALT = '""';

/**
 * Links and images in Markdown that a screen reader would announce as nothing: a link with no
 * text (`[](https://...)`, often left where an image was removed), or whose only content is an
 * image without alt text, and an image without alt text unless it is marked decorative.
 */
export function accessibleLinks(md: MarkdownIt) {
  md.core.ruler.push('accessible_links', (state) => {
    const env = envOf(state);
    let openLink: { line: number; named: boolean } | undefined;
    eachInline(state.tokens, env, (token, line) => {
      if (token.type === 'image') {
        // markdown-it 14 joins escapes and entities (`O\*Net`, `&amp;`) into text everywhere but in
        // an image's alt, which then loses them.
        token.children?.forEach((child) => {
          if (child.type === 'text_special') child.type = 'text';
        });
        if (token.content === DECORATIVE_ALT) token.children = [];
        else if (!token.content.trim()) {
          env.diagnostics.push(
            report(
              markdown.IMAGE_ALT_MISSING,
              { file: env.file, line },
              { src: token.attrGet('src') ?? '', html: false, decorative: DECORATIVE_ALT },
            ),
          );
        }
      }
      if (token.type === 'link_open') openLink = { line, named: false };
      else if (token.type === 'link_close' && openLink) {
        if (!openLink.named) {
          env.diagnostics.push(
            report(
              markdown.LINK_TEXT_MISSING,
              { file: env.file, line: openLink.line },
              { html: false },
            ),
          );
        }
        openLink = undefined;
      } else if (openLink && namesLink(token)) openLink.named = true;
    });
    return true;
  });
}

const IMAGE_WITH_ALT = /^<img\b[^>]*\salt\s*=\s*("[^"]*\S[^"]*"|'[^']*\S[^']*'|[^\s>"']+)/i;

function namesLink(token: Token): boolean {
  if (token.type === 'text' || token.type === 'code_inline') return Boolean(token.content.trim());
  if (token.type === 'image') return Boolean(token.children?.length && token.content.trim());
  // Raw HTML names the link only as an image with alt text; a tag's own text arrives as text tokens.
  return token.type === 'html_inline' && IMAGE_WITH_ALT.test(token.content);
}
