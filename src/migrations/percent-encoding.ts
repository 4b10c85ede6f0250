/**
 * Percent-encoding as bytes. A legacy URL may hold escapes that are not UTF-8 (`%A3` from a
 * Latin-1 site) and nginx compares bytes, so decoding never throws and never guesses a charset.
 */

/** The bytes a URL part stands for: `%XX` escapes decoded, other characters as UTF-8. */
export function decodedBytes(text: string, plusIsSpace = false): number[] {
  const bytes: number[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
    } else if (char === '+' && plusIsSpace) {
      bytes.push(0x20);
      i += 1;
    } else {
      const code = text.codePointAt(i)!;
      const width = code > 0xffff ? 2 : 1;
      if (code < 0x80) bytes.push(code);
      else bytes.push(...Buffer.from(text.slice(i, i + width), 'utf8'));
      i += width;
    }
  }
  return bytes;
}

/** Characters written as themselves in a query value; all others are escaped. */
export const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
/** In a path, sub-delimiters, `:`, `@` and `/` too (RFC 3986 `pchar`). */
export const PATH_CHAR = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/;

/** Bytes as text: ASCII characters `keep` accepts as themselves, every other byte as `%XX`. */
export function encodedBytes(bytes: readonly number[], keep: RegExp): string {
  let text = '';
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    text +=
      byte < 0x80 && keep.test(char)
        ? char
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return text;
}

/** One spelling for every way of writing the same bytes. */
export const consistentEncoding = (text: string, keep: RegExp, plusIsSpace = false) =>
  encodedBytes(decodedBytes(text, plusIsSpace), keep);

/** A canonical path as the bytes nginx compares (`$uri`), one char a byte. */
export const asBinary = (path: string) =>
  path.includes('%')
    ? path.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : path;
