import { diagnosticsReference } from './diagnostics-reference.ts';
import { htmlReference } from './html-reference.ts';

/** The pages of docs/ made from the product's own rules, by path from the project root. */
export const generatedDocs = (): Record<string, string> => ({
  'docs/content/html.md': htmlReference(),
  'docs/diagnostics.md': diagnosticsReference(),
});
