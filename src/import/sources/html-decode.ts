/**
 * A saved page's bytes as text, in the encoding its `<meta charset>` or `http-equiv` declares:
 * old CMSs saved Latin-1 and Windows-1252 pages, and a crawl keeps their bytes as they were.
 */

/**
 * What Windows-1252 puts at 0x80-0x9F, where Latin-1 has control characters. The web reads every
 * Latin-1 page as Windows-1252, but Node's TextDecoder decodes that label as Latin-1, which would
 * drop a CMS's curly quotes and dashes; the five bytes Windows-1252 leaves unset stay as they are.
 */
const WINDOWS_1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

export function decodePage(bytes: Buffer): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // An encoding TextDecoder does not know: UTF-8, the web's default, is the best guess.
    return bytes.toString('utf8');
  }
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252'
    ? text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80]!)
    : text;
}
