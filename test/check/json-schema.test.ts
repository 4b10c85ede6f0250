import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  frontMatterJsonSchema,
  legacySiteJsonSchema,
  schemaFiles,
} from '../../src/check/json-schema.ts';
import { frontMatterFields } from '../../src/content/schema.ts';
import { productRoot } from './helpers.ts';

describe('editor JSON Schemas', () => {
  it('are committed exactly as generated from the content schema (run "npm run schemas" after changing it)', () => {
    for (const [file, text] of Object.entries(schemaFiles())) {
      expect(fs.readFileSync(path.join(productRoot, file), 'utf8'), file).toBe(text);
    }
  });

  it('know every front matter field, require the same ones, and refuse unknown fields', () => {
    const schema = frontMatterJsonSchema() as {
      properties: object;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(frontMatterFields);
    expect(schema.required).toEqual(['title', 'description', 'published']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('know every field of a legacy site file, language included', () => {
    const schema = legacySiteJsonSchema() as { properties: object; required: string[] };
    expect(Object.keys(schema.properties)).toEqual([
      'host',
      'aliases',
      'department',
      'homepage',
      'language',
      'archive',
      'query_params',
      'global',
      'rules',
      'live',
    ]);
    expect(schema.required).toEqual(['host', 'department', 'homepage']);
  });

  it('are wired to the department and legacy site files for the YAML extension', () => {
    const settings = JSON.parse(
      fs.readFileSync(path.join(productRoot, '.vscode/settings.json'), 'utf8'),
    );
    expect(settings['yaml.schemas']).toEqual({
      './schemas/department.schema.json': ['content/*/_department.yml'],
      './schemas/legacy-site.schema.json': ['migrations-map/*.yml'],
    });
  });
});
