import { describe, expect, it } from 'vitest';
import { splitIntro } from '../../src/render/intro.ts';

describe('splitIntro, where a service page puts its Start now button', () => {
  it('splits after the opening paragraph', () => {
    const html =
      '<p class="govuk-body">Use this <a href="/x/">service</a>.</p>\n<h2 class="govuk-heading-l">Prices</h2>\n<p>More.</p>\n';
    expect(splitIntro(html)).toEqual({
      intro: '<p class="govuk-body">Use this <a href="/x/">service</a>.</p>\n',
      rest: '<h2 class="govuk-heading-l">Prices</h2>\n<p>More.</p>\n',
    });
  });

  it('has no intro when the body opens with something else', () => {
    const html = '<h2 class="govuk-heading-l">Before you start</h2>\n<p>Text.</p>\n';
    expect(splitIntro(html)).toEqual({ intro: '', rest: html });
    expect(splitIntro('')).toEqual({ intro: '', rest: '' });
  });

  it('does not take <pre> or <picture> for a paragraph', () => {
    const html = '<pre><code>x</code></pre>\n<p>After.</p>\n';
    expect(splitIntro(html)).toEqual({ intro: '', rest: html });
  });
});
