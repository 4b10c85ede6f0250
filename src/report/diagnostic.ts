/**
 * Every problem the product finds in content or migrations is a Diagnostic: plain data with a
 * stable code, where it is, what happened and how to fix it. Loaders and validators return these
 * instead of throwing, so one run reports every problem at once.
 */
export type Severity = 'error' | 'warning';

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

export function diagnostic(
  code: string,
  severity: Severity,
  where: Location,
  message: string,
  fix: string,
): Diagnostic {
  return {
    code,
    severity,
    file: where.file,
    line: where.line ?? 0,
    column: where.column ?? 0,
    message,
    fix,
  };
}

export const error = (code: string, where: Location, message: string, fix: string) =>
  diagnostic(code, 'error', where, message, fix);

export const warning = (code: string, where: Location, message: string, fix: string) =>
  diagnostic(code, 'warning', where, message, fix);

export const hasErrors = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.some((d) => d.severity === 'error');

/** Sorts by file, then line, then column, so output reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
