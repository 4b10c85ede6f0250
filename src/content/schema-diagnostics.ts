import type { z } from 'zod';
import { type Diagnostic, error, warning } from '../report/diagnostic.ts';
import { closest } from './closest.ts';
import type { ParsedYaml } from './yaml.ts';

export interface SchemaCheck<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

/**
 * Validates YAML data against a schema and turns each issue into one diagnostic on the line of the
 * offending key: `<prefix>_REQUIRED` for a missing field, `<prefix>_INVALID` for a wrong value,
 * `<prefix>_UNKNOWN_FIELD` (a warning) for a top-level key the schema does not know.
 */
export function checkAgainstSchema<S extends z.ZodType>(
  schema: S,
  yaml: ParsedYaml,
  file: string,
  prefix: string,
  knownFields?: readonly string[],
): SchemaCheck<z.infer<S>> {
  const data = yaml.data ?? {};
  const diagnostics: Diagnostic[] = [];
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(
      error(
        `${prefix}_INVALID`,
        { file, line: yaml.lineOf([]) },
        'The YAML is not a list of "field: value" lines.',
        'Write one "field: value" per line.',
      ),
    );
    return { diagnostics };
  }

  if (knownFields) {
    for (const key of Object.keys(data)) {
      if (knownFields.includes(key)) continue;
      const near = closest(key, knownFields);
      diagnostics.push(
        warning(
          `${prefix}_UNKNOWN_FIELD`,
          { file, line: yaml.lineOf([key]) },
          `Unknown field "${key}"${near ? ` (did you mean "${near}"?)` : ''}; it is ignored.`,
          near
            ? `Rename "${key}" to "${near}".`
            : `Remove "${key}", or use one of: ${knownFields.join(', ')}.`,
        ),
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
        error(
          `${prefix}_REQUIRED`,
          { file, line },
          `The field "${field}" is missing${issue.code === 'custom' ? ` (it ${issue.message})` : ''}.`,
          `Add "${String(path.at(-1))}:" with a value.`,
        ),
      );
    } else {
      diagnostics.push(
        error(
          `${prefix}_INVALID`,
          { file, line },
          `The field "${field}" ${describeIssue(issue)}, but it is ${JSON.stringify(given)}.`,
          fixFor(issue),
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

function fixFor(issue: z.core.$ZodIssue): string {
  if (issue.message.includes('YYYY-MM-DD') || issue.message.includes('calendar date')) {
    return 'Write the date as YYYY-MM-DD, for example 2024-03-21, and check the day exists in that month.';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array')
    return 'Write it as a list, one "- item" per line.';
  return 'Correct the value as described.';
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
