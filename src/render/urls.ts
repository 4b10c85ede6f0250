/**
 * The site's own URLs. Layouts write root-relative paths (`/vat/register/`) and Eleventy's
 * HtmlBasePlugin adds the path prefix in HTML; feeds, the sitemap and robots.txt are not HTML,
 * so they build absolute URLs here from `site.yml`'s `url`, which carries the prefix.
 */

/** `https://example.github.io/gov` -> `/gov/`; a site at a domain's root -> `/`. */
export function pathPrefixOf(siteUrl: string): string {
  const pathname = new URL(siteUrl).pathname.replace(/\/+$/, '');
  return `${pathname}/`;
}

/** `absoluteUrl('https://example.github.io/gov/', '/vat/')` -> `https://example.github.io/gov/vat/`. */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(sitePath.replace(/^\/+/, ''), base).href;
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
