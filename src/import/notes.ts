/**
 * What the import tells its user about one place in the source: a guess it made, something it
 * could not convert, a file it could not find. Notes are the report's rows; none stops the import.
 */
export type NoteKind = 'guess' | 'unconverted' | 'missing-file' | 'no-alt' | 'left-out' | 'kept';

export interface ImportNote {
  kind: NoteKind;
  /** The source file (for `kept`, the file in content/), with forward slashes. */
  file: string;
  /** 1-based line; 0 when the note is about the whole file. */
  line: number;
  message: string;
}

export const note = (kind: NoteKind, file: string, line: number, message: string): ImportNote => ({
  kind,
  file,
  line,
  message,
});

/** The 1-based line of `offset` in `text`, counted from `firstLine`. */
export function lineAt(text: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
