import type { MarkdownIt as Markdown } from 'markdown-it';
import MarkdownIt from 'markdown-it';
import { accessibleLinks } from './accessible-links.ts';
import { attachmentBlock } from './attachment-block.ts';
import { govukBlocks } from './blocks.ts';
import { govukClasses } from './govuk-classes.ts';
import { headingIds } from './heading-ids.ts';
import { responsiveImages } from './images.ts';
import { checkedLinks } from './links.ts';
import { rawHtml } from './raw-html.ts';

export type { Heading, LinkTargets, MarkdownEnv } from './env.ts';
export { markdownEnv } from './env.ts';

/**
 * The one Markdown renderer: CommonMark with GFM tables, GOV.UK classes, stable heading ids,
 * GOV.UK component blocks, checked links and
 * sanitised raw HTML. Rendering and `npm run check`
 * share it, so a page is checked exactly as it is built. `forRendering: false` (the check, which
 * only reads the tokens) leaves out the classes, which only the HTML needs.
 */
export function createMarkdown({ forRendering = true } = {}): Markdown {
  // html: true so raw HTML is recognised, checked and sanitised (raw-html.ts).
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  md.disable('code'); // indented code blocks surprise writers who indent paragraphs
  md.use(govukBlocks)
    .use(attachmentBlock)
    .use(rawHtml)
    .use(checkedLinks)
    .use(accessibleLinks)
    .use(headingIds);
  return forRendering ? md.use(govukClasses).use(responsiveImages) : md;
}
