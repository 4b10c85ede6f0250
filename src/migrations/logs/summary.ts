/** What `npm run hits` prints: the files and their formats, what was counted, what was skipped and why. */
import type { LogReading } from './read-logs.ts';
import { SKIP_RULES, type SkipRule } from './skip-rules.ts';
import type { Totals } from './tally.ts';

const n = (value: number) => value.toLocaleString('en-GB');

export function hitsSummary(reading: LogReading, totals: Totals, written: string | null): string {
  const out: string[] = [];
  for (const { file, format } of reading.formats)
    out.push(
      `${file}: ${format === 'w3c' ? 'IIS W3C extended' : format === 'empty' ? 'no lines' : 'combined'}`,
    );
  out.push(
    `${n(reading.lines)} log lines: ${n(reading.requests)} hits counted, ` +
      `${n(reading.lines - reading.requests - reading.malformed)} skipped, ${n(reading.malformed)} malformed`,
  );
  out.push('Skipped:');
  for (const rule of Object.keys(SKIP_RULES) as SkipRule[])
    out.push(`  ${n(reading.skipped[rule]).padStart(10)}  ${SKIP_RULES[rule]}`);
  if (reading.malformed > 0) {
    out.push(`${n(reading.malformed)} malformed line(s) not counted; the first:`);
    out.push(...reading.malformedExamples.map((example) => `  ${example}`));
  }
  if (totals.invalid.length > 0) {
    const hits = totals.invalid.reduce((sum, { hits }) => sum + hits, 0);
    out.push(
      `${n(hits)} hit(s) on ${totals.invalid.length} target(s) that are not valid URLs, not counted; the first:`,
    );
    out.push(...totals.invalid.slice(0, 5).map(({ target }) => `  ${target}`));
  }
  if (reading.unreadable.length > 0) {
    out.push('Could not read:');
    out.push(...reading.unreadable.map((problem) => `  ${problem}`));
  }
  const counted = totals.urls.reduce((sum, { hits }) => sum + hits, 0);
  out.push(
    written
      ? `Wrote ${written}: ${n(totals.urls.length)} URLs, ${n(counted)} hits.`
      : 'Wrote nothing: every log file must be readable, or the hits would be short.',
  );
  return out.join('\n');
}
