/**
 * html-validate's configuration for the built site: its recommended rules, less the few below.
 * Every rule turned off or narrowed says why; each is about markup we do not write ourselves or
 * a style preference, never about validity.
 */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Whitespace between tags is how the Nunjucks templates (ours and govuk-frontend's) indent;
    // it does not change the document, and minifying would only hide it.
    'no-trailing-whitespace': 'off',
    // "title text cannot be longer than 70 characters": a search-engine hint, not validity. Our
    // titles are "<page title> - <site name>"; `npm run check` warns on a long page title
    // (TITLE_MAX_CHARACTERS), where the writer can act on it.
    'long-title': 'off',
    // govuk-frontend's own markup, called through its macros: the Start button is an <a
    // role="button"> (a link that looks like a button, as GOV.UK designs it) and the
    // notification banner a <div role="region">. Every other role still must be native.
    'prefer-native-element': ['error', { exclude: ['button', 'region'] }],
    // Checkboxes of one group share a name, as HTML intends (the form sends each ticked value);
    // the rule allows that by default only for radios and buttons.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
    // Headings such as "## 2. Walk the walk" get ids that begin with a digit, which HTML allows;
    // relaxed still refuses an empty id or one with spaces.
    'valid-id': ['error', { relaxed: true }],
    // Tables written in raw HTML by a page's authors often have rows without <tbody>; the browser
    // adds it, so readers and screen readers get the same table.
    'prefer-tbody': 'off',
  },
};
