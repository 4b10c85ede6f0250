import type { Diagnostic } from './diagnostic.ts';

const colour = (code: number, text: string, enabled: boolean) =>
  enabled ? `\u001b[${code}m${text}\u001b[0m` : text;

/**
 * Diagnostics for people at a terminal, grouped by file:
 *   content/tax-office/vat.md
 *     content/tax-office/vat.md:4:1  error  FRONT_MATTER_REQUIRED  The field "title" is missing.
 *             fix: Add "title:" with a value.
 */
export function formatForTerminal(
  diagnostics: readonly Diagnostic[],
  useColour = false,
  /** A note printed after a file's name, e.g. its reading age. */
  notes?: ReadonlyMap<string, string>,
): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file !== undefined) lines.push('');
      file = d.file;
      const note = notes?.get(d.file);
      lines.push(colour(4, d.file, useColour) + (note ? `  ${note}` : ''));
    }
    const severity =
      d.severity === 'error' ? colour(31, 'error  ', useColour) : colour(33, 'warning', useColour);
    lines.push(`  ${where(d)}  ${severity}  ${d.code}  ${d.message}`);
    lines.push(`      fix: ${d.fix}`);
  }
  if (diagnostics.length) lines.push('');
  lines.push(summaryLine(diagnostics));
  return lines.join('\n');
}

/** `file:line:column`, 1-based as editors count; what is unknown (0) is left out. */
export function where(d: Diagnostic): string {
  if (!d.line) return d.file;
  return d.column ? `${d.file}:${d.line}:${d.column}` : `${d.file}:${d.line}`;
}

export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${files ? ` in ${plural(files, 'file')}` : ''}`;
}
