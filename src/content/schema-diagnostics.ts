import type { z } from 'zod';
import type {
  FieldInvalidArgs,
  FieldRequiredArgs,
  FieldUnknownArgs,
} from '../report/catalogue/fields.ts';
import type { Entry } from '../report/catalogue/rule.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { closest } from './closest.ts';
import type { ParsedYaml } from './yaml.ts';

export interface SchemaCheck<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

/** The catalogue entries a kind of YAML file reports its schema issues as. */
export interface SchemaEntries {
  required: Entry<FieldRequiredArgs>;
  invalid: Entry<FieldInvalidArgs>;
  /** Given, a top-level key the schema does not know is a warning. */
  unknownField?: Entry<FieldUnknownArgs>;
}

/**
 * Validates YAML data against a schema and turns each issue into one diagnostic on the line of the
 * offending key: `required` for a missing field, `invalid` for a wrong value, `unknownField` for a
 * top-level key not in `knownFields`.
 */
export function checkAgainstSchema<S extends z.ZodType>(
  schema: S,
  yaml: ParsedYaml,
  file: string,
  entries: SchemaEntries,
  knownFields?: readonly string[],
): SchemaCheck<z.infer<S>> {
  const data = yaml.data ?? {};
  const diagnostics: Diagnostic[] = [];
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(report(entries.invalid, { file, line: yaml.lineOf([]) }, {}));
    return { diagnostics };
  }

  const { unknownField } = entries;
  if (knownFields && unknownField) {
    for (const key of Object.keys(data)) {
      if (knownFields.includes(key)) continue;
      const near = closest(key, knownFields);
      diagnostics.push(
        report(unknownField, { file, line: yaml.lineOf([key]) }, { key, near, known: knownFields }),
      );
    }
  }

  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics };

  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = path
      .map((p) => (typeof p === 'number' ? `[${p + 1}]` : p))
      .join('.')
      .replace(/\.\[/g, '[');
    const given = valueAt(data, path);
    const line = yaml.lineOf(path);
    if (given === undefined || given === null) {
      diagnostics.push(
        report(
          entries.required,
          { file, line },
          {
            field,
            key: String(path.at(-1)),
            ...(issue.code === 'custom' ? { because: issue.message } : {}),
          },
        ),
      );
    } else {
      diagnostics.push(
        report(
          entries.invalid,
          { file, line },
          {
            field,
            rule: describeIssue(issue),
            // A key that is refused is itself what is wrong (a topic's slug), not the value under it.
            given: issue.code === 'invalid_key' ? path.at(-1) : given,
            kind: kindOf(issue),
          },
        ),
      );
    }
  }
  return { diagnostics };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}`;
  if (issue.code === 'invalid_value')
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  // zod says only "Invalid key in record"; the key's own issue says what a key must be.
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? issue.message;
  return issue.message;
}

const article = (type: string) =>
  ({
    string: 'text',
    array: 'a list',
    object: 'a group of fields',
    boolean: 'true or false',
    number: 'a number',
  })[type] ?? type;

/** Which fix the catalogue gives: dates and lists have a way to be written. */
function kindOf(issue: z.core.$ZodIssue): 'date' | 'list' | 'value' {
  if (issue.message.includes('YYYY-MM-DD') || issue.message.includes('calendar date'))
    return 'date';
  if (issue.code === 'invalid_type' && issue.expected === 'array') return 'list';
  return 'value';
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
