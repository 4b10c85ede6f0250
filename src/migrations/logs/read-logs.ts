/**
 * Reads log files one line at a time and counts the requests that are hits. The format is
 * decided per file by its first line that is not blank: `#` starts IIS's W3C extended format,
 * anything else is the combined (or common) format. A line that cannot be read is counted and
 * the first few are kept with file:line; a file that cannot be opened is a problem, not a crash.
 */
import { parseCombinedLine } from './combined.ts';
import { openLines } from './open-lines.ts';
import type { ParsedLine } from './request.ts';
import { type SkipRule, skipRule } from './skip-rules.ts';
import { countTarget, type TargetCounts } from './tally.ts';
import { parseW3cLine, readFieldsLine, type W3cFields } from './w3c.ts';

export type LogFormat = 'combined' | 'w3c';

export interface LogReading {
  counts: TargetCounts;
  lines: number;
  requests: number;
  skipped: Record<SkipRule, number>;
  malformed: number;
  /** The first malformed lines, `file:line: why`. */
  malformedExamples: string[];
  /** Files that could not be read, with why. */
  unreadable: string[];
  formats: { file: string; format: LogFormat | 'empty' }[];
}

export const MALFORMED_EXAMPLES = 5;

export function newReading(): LogReading {
  const skipped = { status: 0, method: 0, 'not-a-path': 0, 'other-host': 0, asset: 0, bot: 0 };
  return {
    counts: new Map(),
    lines: 0,
    requests: 0,
    skipped,
    malformed: 0,
    malformedExamples: [],
    unreadable: [],
    formats: [],
  };
}

/** Adds one file's requests to `reading`. `hosts` are the site's host and aliases, lowercase. */
export async function readLog(
  file: string,
  hosts: ReadonlySet<string>,
  reading: LogReading,
): Promise<void> {
  let format: LogFormat | null = null;
  let fields: W3cFields | null = null;
  let number = 0;
  try {
    for await (const line of openLines(file)) {
      number++;
      if (format === null) {
        if (line.trim() === '') continue;
        format = line.startsWith('#') ? 'w3c' : 'combined';
      }
      let parsed: ParsedLine;
      if (format === 'combined') parsed = parseCombinedLine(line);
      else {
        fields = readFieldsLine(line) ?? fields;
        parsed = parseW3cLine(line, fields);
      }
      if (parsed.kind === 'directive') continue;
      reading.lines++;
      if (parsed.kind === 'malformed') {
        reading.malformed++;
        if (reading.malformedExamples.length < MALFORMED_EXAMPLES)
          reading.malformedExamples.push(`${file}:${number}: ${parsed.why}`);
        continue;
      }
      const rule = skipRule(parsed.request, hosts);
      if (rule) reading.skipped[rule]++;
      else {
        reading.requests++;
        countTarget(reading.counts, parsed.request.target);
      }
    }
  } catch (error) {
    reading.unreadable.push(
      `${file}${number > 0 ? `:${number}` : ''}: ${(error as Error).message}`,
    );
    return;
  }
  reading.formats.push({ file, format: format ?? 'empty' });
}
