import type { Diagnostic } from '../../report/diagnostic.ts';
import type { LinkText, Segment } from './segments.ts';
import type { PageWords } from './words.ts';

/** What a style rule sees of one page. */
export interface StyleInput {
  file: string;
  segments: readonly Segment[];
  links: readonly LinkText[];
  /** The file's lines, for columns: `sourceLines[line - 1]`. */
  sourceLines: readonly string[];
  /** Title and description with their front matter lines: checked like body text. */
  frontMatter: readonly Segment[];
  /** The words and sentences of any of these texts, worked out once for the page. */
  words: PageWords;
}

export type StyleRule = (input: StyleInput) => Diagnostic[];
