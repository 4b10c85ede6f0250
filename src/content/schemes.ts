/**
 * The scheme of a URL as a browser might read it: percent-encoding undone (markdown-it encodes
 * what it normalises), control characters and spaces ignored.
 */
export function schemeOf(href: string): string | undefined {
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    // A malformed escape: judge the URL as written.
  }
  const cleaned = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}
