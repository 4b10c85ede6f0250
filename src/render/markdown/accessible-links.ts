import type { MarkdownIt, Token } from 'markdown-it';
import { error } from '../../report/diagnostic.ts';
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
    const report = (code: string, line: number, message: string, fix: string) =>
      env.diagnostics.push(error(code, { file: env.file, line }, message, fix));
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
          report(
            'IMAGE_ALT_MISSING',
            line,
            `The image "${token.attrGet('src') ?? ''}" has no alt text, so people who cannot see it are told nothing.`,
            `Describe what the image shows between the brackets: ![A chart of ...](chart.png). If it is only decoration, write ![${DECORATIVE_ALT}](image.png).`,
          );
        }
      }
      if (token.type === 'link_open') openLink = { line, named: false };
      else if (token.type === 'link_close' && openLink) {
        if (!openLink.named) {
          report(
            'LINK_TEXT_MISSING',
            openLink.line,
            'A link has no text, so screen readers announce it as nothing.',
            'Write the words the link leads to between the brackets: [Apply for a licence](/licences/apply/), or remove the empty link.',
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
