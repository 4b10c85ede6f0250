/**
 * What the front matter and the data files (site.yml, topics.yml, _department.yml) say about their
 * fields in the same words: each area declares its own codes and titles, and shares these texts.
 */

export interface YamlSyntaxArgs {
  /** The YAML library's own description, e.g. "Implicit map keys need to be followed by map values". */
  detail: string;
}

export interface FieldRequiredArgs {
  /** The field as the reader writes it, e.g. `changes[2].date`. */
  field: string;
  /** The last key of its path, to write in the fix. */
  key: string;
  /** Why a field that is optional elsewhere is required here, e.g. "is required on a service page". */
  because?: string;
}

export type FieldInvalidArgs =
  /** The file is YAML, but not `field: value` lines (a list, or a single value). */
  | { field?: undefined }
  | {
      field: string;
      /** What the value must be, e.g. "must be a list". */
      rule: string;
      given: unknown;
      /** Which fix to give: dates and lists have a way to write them; anything else, the rule says it. */
      kind: 'date' | 'list' | 'value';
    };

export interface FieldUnknownArgs {
  key: string;
  /** The known field nearest in spelling, if one is near. */
  near?: string;
  known: readonly string[];
}

export const yamlSyntax = {
  message: ({ detail }: YamlSyntaxArgs) => `The file is not valid YAML: ${detail}`,
  fix: 'Check the line for a missing colon, a stray quote or wrong indentation.',
  example: { detail: 'Implicit map keys need to be followed by map values at line 3, column 1' },
};

export const fieldRequired = {
  message: ({ field, because }: FieldRequiredArgs) =>
    `The field "${field}" is missing${because ? ` (it ${because})` : ''}.`,
  fix: ({ key }: FieldRequiredArgs) => `Add "${key}:" with a value.`,
  example: { field: 'title', key: 'title' },
};

const FIX_OF_KIND = {
  date: 'Write the date as YYYY-MM-DD, for example 2024-03-21, and check the day exists in that month.',
  list: 'Write it as a list, one "- item" per line.',
  value: 'Correct the value as described.',
};

export const fieldInvalid = {
  message: (args: FieldInvalidArgs) =>
    args.field === undefined
      ? 'The YAML is not a list of "field: value" lines.'
      : `The field "${args.field}" ${args.rule}, but it is ${JSON.stringify(args.given)}.`,
  fix: (args: FieldInvalidArgs) =>
    args.field === undefined ? 'Write one "field: value" per line.' : FIX_OF_KIND[args.kind],
  example: {
    field: 'published',
    rule: 'is not a real calendar date',
    given: '2024-02-30',
    kind: 'date',
  } as FieldInvalidArgs,
};

export const fieldUnknown = {
  message: ({ key, near }: FieldUnknownArgs) =>
    `Unknown field "${key}"${near ? ` (did you mean "${near}"?)` : ''}; it is ignored.`,
  fix: ({ key, near, known }: FieldUnknownArgs) =>
    near ? `Rename "${key}" to "${near}".` : `Remove "${key}", or use one of: ${known.join(', ')}.`,
  example: { key: 'titel', near: 'title', known: ['title', 'description'] } as FieldUnknownArgs,
};
