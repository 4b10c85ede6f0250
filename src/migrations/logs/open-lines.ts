/**
 * A log file's lines, streamed: gzip is recognised by its magic bytes (1f 8b), not by the file's
 * name, since rotated logs are named `access.log.2.gz`, `u_ex261202.log` or anything else.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

export function isGzip(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const magic = Buffer.alloc(2);
    return fs.readSync(fd, magic, 0, 2, 0) === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    fs.closeSync(fd);
  }
}

/** Lines without their line ends; throws (from the iterator) when the file cannot be read. */
export function openLines(file: string): AsyncIterable<string> {
  const gzipped = isGzip(file);
  const raw: Readable = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  let input: Readable = raw;
  if (gzipped) {
    const gunzip = zlib.createGunzip();
    raw.on('error', (error) => gunzip.destroy(error));
    input = raw.pipe(gunzip);
  }
  // latin1 would never fail, but a log's URLs are UTF-8 percent-encoded, and its user agents
  // are ASCII: a stray invalid byte becomes U+FFFD in that one line only.
  input.setEncoding('utf8');
  return readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}
