import type { Diagnostic } from './diagnostic.ts';

export interface JsonReport {
  /** Bumped only when a field changes meaning or goes away. */
  version: 1;
  ok: boolean;
  summary: { errors: number; warnings: number; files: number };
  diagnostics: Diagnostic[];
}

/**
 * Diagnostics as JSON for tools: one object with stable field names, `ok` false when there is an
 * error. Callers add their own top-level fields (check adds `pages` with reading ages, `seconds`).
 */
export function formatAsJson(
  diagnostics: readonly Diagnostic[],
  extra: Record<string, unknown> = {},
): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const report: JsonReport = {
    version: 1,
    ok: errors === 0,
    summary: {
      errors,
      warnings: diagnostics.length - errors,
      files: new Set(diagnostics.map((d) => d.file)).size,
    },
    diagnostics: [...diagnostics],
  };
  return `${JSON.stringify({ ...report, ...extra }, null, 2)}\n`;
}
