import type { Diagnostic } from './diagnostic.ts';

/**
 * GitHub Actions workflow commands, so each problem shows on the pull request's diff:
 *   ::error file=content/a.md,line=4,col=1,title=FRONT_MATTER_REQUIRED::The field...%0Afix: Add...
 * Escaped as the runner expects: `%`, CR and LF in the message; also `:` and `,` in properties.
 */
export const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const escapeProperty = (text: string) =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(d: Diagnostic): string {
  const properties: Array<[string, string | number]> = [['file', d.file]];
  if (d.line > 0) properties.push(['line', d.line]);
  if (d.line > 0 && d.column > 0) properties.push(['col', d.column]);
  properties.push(['title', d.code]);
  const props = properties
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${d.severity} ${props}::${escapeData(`${d.message}\nfix: ${d.fix}`)}`;
}

export const formatForGithub = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map(githubAnnotation).join('\n');
