import { describe, expect, it } from 'vitest';
import { phaseMessageHtml } from '../../src/render/phase-banner.ts';

describe('phaseMessageHtml, the phase banner with a feedback link', () => {
  it('links the word "feedback" in the message', () => {
    expect(
      phaseMessageHtml(
        'This is a new service. Help us improve it by giving feedback.',
        'https://forms.example.gov/feedback',
      ),
    ).toBe(
      'This is a new service. Help us improve it by giving <a class="govuk-link" href="https://forms.example.gov/feedback">feedback</a>.',
    );
  });

  it('links only the last "feedback", in its own case, and not inside another word', () => {
    expect(phaseMessageHtml('Feedback-free? Give Feedback', '/help/feedback/')).toBe(
      'Feedback-free? Give <a class="govuk-link" href="/help/feedback/">Feedback</a>',
    );
    expect(phaseMessageHtml('Tell us about feedbacks', '/f/')).toBe(
      '<a class="govuk-link" href="/f/">Tell us about feedbacks</a>',
    );
  });

  it('makes a message without the word the link as a whole', () => {
    expect(phaseMessageHtml('This is a new website.', '/help/feedback/')).toBe(
      '<a class="govuk-link" href="/help/feedback/">This is a new website.</a>',
    );
  });

  it('escapes the message and the address', () => {
    expect(phaseMessageHtml('<b>Tell</b> us & give feedback', '/f/?a=1&b="2"')).toBe(
      '&lt;b&gt;Tell&lt;/b&gt; us &amp; give <a class="govuk-link" href="/f/?a=1&amp;b=&quot;2&quot;">feedback</a>',
    );
  });

  it("links the word for feedback in the message's own language", () => {
    expect(
      phaseMessageHtml(
        "Mae hwn yn wasanaeth newydd. Helpwch ni i'w wella drwy roi adborth.",
        '/help/feedback/',
        'adborth',
      ),
    ).toBe(
      'Mae hwn yn wasanaeth newydd. Helpwch ni i\'w wella drwy roi <a class="govuk-link" href="/help/feedback/">adborth</a>.',
    );
  });
});
