/** One problem `npm run check -- --fix` put right, on the file line where it was. */
export interface FixedProblem {
  file: string;
  /** 1-based line of the file as it was before the fix. */
  line: number;
  /** The code of the warning it answers, e.g. `HTML_HAS_MARKDOWN`. */
  code: string;
  what: string;
}

/** As printed before the report: `content/x/page.md:12  fixed  HTML_HAS_MARKDOWN  <strong> written as Markdown`. */
export const fixedLine = (f: FixedProblem) => `${f.file}:${f.line}  fixed  ${f.code}  ${f.what}`;

/** A page's text after a fix, and what was put right. */
export interface FixResult {
  text: string;
  fixed: FixedProblem[];
}

/** The text from `start` to `end` (offsets in the text being fixed) written as `text` instead. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  line: number;
  code: string;
  what: string;
}

/**
 * The text with the edits made, and the problems they put right in line order. Edits must not
 * overlap; every character outside them is kept as it was, line endings included.
 */
export function applyEdits(file: string, text: string, edits: readonly Edit[]): FixResult {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`Overlapping fixes in ${file} at line ${edit.line}.`);
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += text.slice(at);
  const fixed = sorted
    .map(({ line, code, what }) => ({ file, line, code, what }))
    .sort((a, b) => a.line - b.line);
  return { text: out, fixed };
}

/** Offsets at which each line of the text starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based line of an offset, given the text's line starts. */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
