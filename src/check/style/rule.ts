import type { Diagnostic } from '../../report/diagnostic.ts';
import type { LinkText, Segment } from './segments.ts';
import type { PageWords } from './words.ts';

/** What a style rule sees of one page. */
export interface StyleInput {
  file: string;
  segments: readonly Segment[];
  links: readonly LinkText[];
  /** A line of the file, for columns; the file is split into lines only if a rule asks. */
  sourceLine: (line: number) => string | undefined;
  /** Title and description with their front matter lines: checked like body text. */
  frontMatter: readonly Segment[];
  /** The words and sentences of any of these texts, worked out once for the page. */
  words: PageWords;
}

export type StyleRule = (input: StyleInput) => Diagnostic[];
