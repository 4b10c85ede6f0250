import { escapeAttribute, escapeText } from 'entities';

/**
 * The phase banner's message as HTML, with site.yml's `feedback_url` as its link: the last word
 * "feedback" (`word`, in the message's language: "adborth" in Welsh) becomes the link, as on
 * GOV.UK ("...by giving <a>feedback</a>."); a message without that word is the link as a whole.
 * The message is plain text, so it is escaped.
 */
export function phaseMessageHtml(message: string, feedbackUrl: string, word = 'feedback'): string {
  const link = (text: string) =>
    `<a class="govuk-link" href="${escapeAttribute(feedbackUrl)}">${escapeText(text)}</a>`;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = [...message.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu'))];
  const last = words.at(-1);
  if (last?.index === undefined) return link(message);
  const end = last.index + last[0].length;
  return escapeText(message.slice(0, last.index)) + link(last[0]) + escapeText(message.slice(end));
}
