import type { MarkdownIt, Token } from 'markdown-it';
import { GOVUK_CLASSES } from './html-policy.ts';

/**
 * Puts GOV.UK Frontend's typography classes on the elements Markdown produces: the same classes
 * the sanitiser gives raw HTML (html-policy.ts), so both read alike.
 */
export function govukClasses(md: MarkdownIt) {
  md.core.ruler.push('govuk_classes', (state) => {
    for (const token of state.tokens) addClasses(token);
    return true;
  });
}

function addClasses(token: Token) {
  const cls = token.nesting >= 0 && !token.hidden ? GOVUK_CLASSES[token.tag] : undefined;
  if (cls && token.type !== 'html_block' && token.type !== 'html_inline')
    token.attrJoin('class', cls);
  if (token.type === 'th_open' || token.type === 'td_open') {
    // Alignment comes as an inline style, which the Content-Security-Policy forbids: use classes.
    const style = String(token.attrGet('style') ?? '');
    if (style) {
      token.attrs = token.attrs!.filter(([name]) => name !== 'style');
      if (style.includes('right'))
        token.attrJoin('class', `govuk-table__${token.tag === 'th' ? 'header' : 'cell'}--numeric`);
    }
  }
  token.children?.forEach(addClasses);
}
