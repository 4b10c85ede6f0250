/** A throwaway project folder for migrations tests, and MigrationInputs that fit it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type MigrationInputs,
  type MigrationModel,
  writeMigrationOutputs,
} from '../../src/migrations/index.ts';
import type { SiteData } from '../../src/migrations/page-context.ts';

/** Writes `files` (path -> contents) under a new temporary root and returns the root. */
export function project(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  for (const [name, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), contents);
  }
  return root;
}

export const PUBLISHED = [
  '/',
  '/vat/',
  '/vat/register/',
  '/vat/rates/',
  '/income-tax/',
  '/departments/tax-office/',
  '/departments/transport-department/',
];

export function inputsFor(root: string, overrides: Partial<MigrationInputs> = {}): MigrationInputs {
  return {
    root,
    siteUrl: 'https://www.example.gov',
    publishedPaths: new Set(PUBLISHED),
    departments: new Map([
      ['tax-office', { name: 'Tax Office' }],
      ['transport-department', { name: 'Transport Department' }],
    ]),
    pageLegacyUrls: [],
    ...overrides,
  };
}

export const TAX_YML = [
  'host: www.taxoffice.example.org',
  'aliases: [taxoffice.example.org]',
  'department: tax-office',
  'homepage: /departments/tax-office/',
  'archive: https://webarchive.example.org/20240101000000/',
  '',
].join('\n');

export const ROADS_YML = [
  'host: www.roads.example.org',
  'department: transport-department',
  'homepage: /departments/transport-department/',
  'query_params: [id]',
  '',
].join('\n');

/** A CSV with the header and `rows` (line 2 onwards). */
export const csv = (...rows: string[]) => ['old_url,new_url,status', ...rows, ''].join('\n');

/** Writes the outputs into `<root>/_site` and `<root>/_deploy`, for an "Example Government" site. */
export const writeOutputsIn = (
  root: string,
  model: MigrationModel,
  inputs: MigrationInputs,
  site: Partial<SiteData>,
) =>
  writeMigrationOutputs(model, inputs, {
    siteDir: path.join(root, '_site'),
    deployDir: path.join(root, '_deploy'),
    site: { name: 'Example Government', url: inputs.siteUrl, language: 'en', ...site },
  });
