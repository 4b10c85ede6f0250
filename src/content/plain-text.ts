import { decodeHTML } from 'entities';
import { content } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';

/** Something a browser would read as a tag. */
export const TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;
const ENTITY = /&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

export interface TextField {
  /** The field as the reader sees it, e.g. `title` or `changes[1].note`. */
  name: string;
  value: string;
  line: number;
}

/**
 * Titles, descriptions, change notes and department names are plain text: old systems wrote
 * them with HTML entities (`Freeze &#8211; Waivers`), which are decoded for display and warned
 * about, and sometimes with tags, which are an error. Returns the text to show.
 */
export function plainText(file: string, field: TextField, diagnostics: Diagnostic[]): string {
  const where = { file, line: field.line };
  const tag = TAG.exec(field.value);
  if (tag) {
    diagnostics.push(report(content.TEXT_HAS_HTML, where, { field: field.name, tag: tag[0] }));
    return field.value;
  }
  if (!ENTITY.test(field.value)) return field.value;
  const decoded = decodeHTML(field.value);
  if (decoded === field.value) return field.value;
  diagnostics.push(report(content.TEXT_HAS_ENTITY, where, { field: field.name, decoded }));
  return decoded;
}
