import { z } from 'zod';
import { departmentSchema, frontMatterSchema } from '../content/schema.ts';
import { SITE_FIELDS } from '../migrations/site-fields.ts';

/**
 * JSON Schemas for editors, generated from the zod schemas the build validates with, so the two
 * cannot drift (a test compares the committed files with a fresh generation). What JSON Schema
 * cannot say (a real calendar date, lengths that are only warnings) is left to `npm run check`.
 */
function generate(
  schema: z.ZodType,
  id: string,
  title: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return { $schema, $id: id, title, ...rest, additionalProperties: false, ...extra };
}

export function frontMatterJsonSchema(): Record<string, unknown> {
  return generate(
    frontMatterSchema,
    'front-matter.schema.json',
    'Front matter of a page in content/<department>/',
    {
      // The schema's superRefine: a service page needs somewhere for its Start now button to go.
      if: { properties: { type: { const: 'service' } }, required: ['type'] },
      then: { required: ['start_url'] },
    },
  );
}

export function departmentJsonSchema(): Record<string, unknown> {
  const schema = generate(
    departmentSchema,
    'department.schema.json',
    'content/<department>/_department.yml',
  );
  // The loader keeps unknown style checks only to name the near miss; editors can flag them at once.
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  properties.style_checks = { ...properties.style_checks, additionalProperties: false };
  return schema;
}

/** A legacy site's .yml, from the fields its loader knows (src/migrations/site-fields.ts). */
export function legacySiteJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'legacy-site.schema.json',
    title: 'migrations-map/<site>.yml',
    type: 'object',
    properties: SITE_FIELDS,
    required: ['host', 'department', 'homepage'],
    additionalProperties: false,
  };
}

/** Every generated schema file, path from the project root -> text. */
export function schemaFiles(): Record<string, string> {
  const text = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;
  return {
    'schemas/front-matter.schema.json': text(frontMatterJsonSchema()),
    'schemas/department.schema.json': text(departmentJsonSchema()),
    'schemas/legacy-site.schema.json': text(legacySiteJsonSchema()),
  };
}
