/**
 * Writes `<site>.hits.csv` (`url,hits`). The new file is written beside the old one and renamed
 * over it, so a reader (the build, the coverage report) sees the old file or the new, never half.
 */
import fs from 'node:fs';
import type { UrlHits } from './tally.ts';

/** A CSV field, quoted when it holds a comma, a quote or a line end (RFC 4180). */
export const csvField = (text: string) =>
  /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

export function hitsCsv(urls: readonly UrlHits[]): string {
  const rows = urls.map(({ url, hits }) => `${csvField(url)},${hits}`);
  return `${['url,hits', ...rows].join('\n')}\n`;
}

export function writeHitsFile(file: string, urls: readonly UrlHits[]): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, hitsCsv(urls));
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
