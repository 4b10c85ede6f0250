import { style } from '../../report/catalogue/index.ts';
import { report } from '../../report/diagnostic.ts';
import type { StyleRule } from './rule.ts';
import { columnOf } from './segments.ts';

/** Link text that says nothing out of context (GOV.UK style guide, "Links"). */
export const VAGUE_LINK_TEXT = new Set([
  'click here',
  'click',
  'here',
  'read more',
  'more',
  'more information',
  'more info',
  'find out more',
  'this page',
  'this link',
  'link',
  'this',
  'see here',
  'learn more',
]);

/**
 * Links must make sense on their own: screen reader users often list a page's links, and "click
 * here" five times tells them nothing.
 */
export const linkText: StyleRule = ({ file, links, sourceLine }) =>
  links.flatMap((link) => {
    const text = link.text.replace(/\s+/g, ' ').trim();
    const normal = text
      .toLowerCase()
      .replace(/[.,:;!?'"“”‘’()]/g, '')
      .trim();
    if (!VAGUE_LINK_TEXT.has(normal)) return [];
    return [
      report(
        style.LINK_TEXT_VAGUE,
        { file, line: link.line, column: columnOf(sourceLine(link.line), `[${text}]`) },
        { text },
      ),
    ];
  });
