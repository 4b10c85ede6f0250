/**
 * Every problem the product finds in content or migrations is a Diagnostic: plain data with a
 * stable code, where it is, what happened and how to fix it. Loaders and validators return these
 * instead of throwing, so one run reports every problem at once.
 */
import { type Entry, type Severity, textOf } from './catalogue/rule.ts';

export type { Severity };

export interface Diagnostic {
  /** Stable identifier, e.g. `FRONT_MATTER_REQUIRED`. Never renamed once published. */
  code: string;
  severity: Severity;
  /** Path relative to the project root, with forward slashes, e.g. `content/tax-office/vat.md`. */
  file: string;
  /** 1-based line; 0 when the problem belongs to the whole file. */
  line: number;
  /** 1-based column; 0 when unknown. */
  column: number;
  /** What happened, in plain English. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export interface Location {
  file: string;
  line?: number;
  column?: number;
}

/**
 * The one way to make a diagnostic: from its catalogue entry (src/report/catalogue/), so its code,
 * severity and texts are the catalogue's, and TypeScript refuses arguments its message does not take.
 */
export function report<A>(
  entry: Entry<A>,
  where: Location,
  // NoInfer: the entry alone says what the arguments are; the call's own must match them.
  ...args: Record<never, never> extends A ? [args?: NoInfer<A>] : [args: NoInfer<A>]
): Diagnostic {
  const given = (args[0] ?? {}) as A;
  return {
    code: entry.code,
    severity: entry.severity,
    file: where.file,
    line: where.line ?? 0,
    column: where.column ?? 0,
    message: textOf(entry.message, given),
    fix: textOf(entry.fix, given),
  };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.some((d) => d.severity === 'error');

/** Sorts by file, then line, then column, so output reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
