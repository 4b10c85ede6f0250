// What both YAML readers (the fast plain one and the full one) answer, in a module of its own so
// that neither imports the other for it.

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlSyntaxError {
  message: string;
  line: number;
  column: number;
}

export interface ParsedYaml {
  data: unknown;
  errors: YamlSyntaxError[];
  /** Line of the key (or list item) at `path`, or of its nearest existing parent. */
  lineOf(path: YamlPath): number;
}
