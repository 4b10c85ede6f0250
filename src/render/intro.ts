/**
 * A page's rendered body split after its opening paragraph, so a service page can put its Start
 * now button right after the intro, as GOV.UK start pages do. A body that opens with anything
 * else (a heading, a list) has no intro: the button then follows the page's description.
 * markdown-it never nests paragraphs, so the first `</p>` closes the first one.
 */
export function splitIntro(html: string): { intro: string; rest: string } {
  const opening = /^\s*<p\b[^>]*>[\s\S]*?<\/p>\s*/.exec(html);
  return opening
    ? { intro: opening[0], rest: html.slice(opening[0].length) }
    : { intro: '', rest: html };
}
