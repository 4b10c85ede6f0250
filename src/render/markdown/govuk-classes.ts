import type { MarkdownIt } from 'markdown-it';

const CLASSES: Record<string, string> = {
  paragraph_open: 'govuk-body',
  bullet_list_open: 'govuk-list govuk-list--bullet',
  ordered_list_open: 'govuk-list govuk-list--number',
  table_open: 'govuk-table',
  thead_open: 'govuk-table__head',
  tbody_open: 'govuk-table__body',
  tr_open: 'govuk-table__row',
  th_open: 'govuk-table__header',
  td_open: 'govuk-table__cell',
  link_open: 'govuk-link',
  hr: 'govuk-section-break govuk-section-break--l govuk-section-break--visible',
  blockquote_open: 'govuk-inset-text',
};

const HEADINGS: Record<string, string> = {
  h1: 'govuk-heading-xl',
  h2: 'govuk-heading-l',
  h3: 'govuk-heading-m',
  h4: 'govuk-heading-s',
  h5: 'govuk-heading-s',
  h6: 'govuk-heading-s',
};

/** Puts GOV.UK Frontend's typography classes on the elements Markdown produces. */
export function govukClasses(md: MarkdownIt) {
  md.core.ruler.push('govuk_classes', (state) => {
    for (const token of state.tokens) addClasses(token);
    return true;
  });
}

function addClasses(token: import('markdown-it').Token) {
  const cls = token.type === 'heading_open' ? HEADINGS[token.tag] : CLASSES[token.type];
  if (cls) token.attrJoin('class', cls);
  if (token.type === 'th_open' || token.type === 'td_open') {
    // Alignment comes as an inline style, which the Content-Security-Policy forbids: use classes.
    const style = String(token.attrGet('style') ?? '');
    if (style) {
      token.attrs = token.attrs!.filter(([name]) => name !== 'style');
      if (style.includes('right')) token.attrJoin('class', `govuk-table__${token.tag === 'th' ? 'header' : 'cell'}--numeric`);
    }
  }
  token.children?.forEach(addClasses);
}
