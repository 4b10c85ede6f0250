/** Text for nginx's config parser: quoted strings and Location values it passes through. */
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** Quotes a binary string for nginx's config parser. */
export const quote = (text: string) => `"${text.replace(/[\\"\n\r\t]/g, (c) => ESCAPES[c]!)}"`;

/** A Location value nginx passes through as is: no `$`, quotes or spaces. */
export const safeLocation = (url: string) =>
  url.replace(
    /[\s"$\\{};]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
