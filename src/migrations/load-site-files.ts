/**
 * Reads `migrations-map/<site>.yml` into a LegacySite, checking each field at its own line. A site
 * missing a required field is reported and left out; its mappings are then not loaded.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic } from '../report/diagnostic.ts';
import { problems } from './diagnostics.ts';
import type { LegacySite, MigrationInputs } from './model.ts';

const KNOWN = ['host', 'aliases', 'department', 'homepage', 'archive', 'query_params'];
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

type Fields = Map<string, { node: Node | null; line: number }>;

function readFields(
  text: string,
  file: string,
  diagnostics: Diagnostic[],
): { fields: Fields; line: number } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    diagnostics.push(
      problems.siteYaml(
        { file, line },
        first.message
          .split('\n')[0]!
          .replace(/ at line \d+, column \d+:?$/, '')
          .replace(/\.$/, ''),
      ),
    );
    return null;
  }
  const fields: Fields = new Map();
  if (!isMap(doc.contents)) return { fields, line: 1 };
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineCounter.linePos((pair.key as Node).range?.[0] ?? 0).line;
    if (!KNOWN.includes(key)) diagnostics.push(problems.siteFieldUnknown({ file, line }, key));
    else fields.set(key, { node: (pair.value as Node | null) ?? null, line });
  }
  return { fields, line: 1 };
}

const text = (node: Node | null) =>
  isScalar(node) && node.value !== null ? String(node.value).trim() : '';
const list = (node: Node | null) =>
  isSeq(node) ? node.items.map((item) => text(item as Node)) : null;

export function loadSiteFile(
  id: string,
  file: string,
  source: string,
  inputs: MigrationInputs,
  diagnostics: Diagnostic[],
): LegacySite | null {
  const read = readFields(source, file, diagnostics);
  if (!read) return null;
  const { fields } = read;
  const at = (field: string) => ({ file, line: fields.get(field)?.line ?? 1 });
  const value = (field: string) => text(fields.get(field)?.node ?? null);
  const strings = (field: string): string[] => {
    if (!fields.has(field)) return [];
    const items = list(fields.get(field)!.node);
    if (items === null)
      diagnostics.push(problems.siteFieldInvalid(at(field), field, 'must be a list, e.g. [a, b]'));
    return items ?? [];
  };
  let ok = true;
  const fail = (d: Diagnostic) => {
    ok = false;
    diagnostics.push(d);
  };
  for (const field of ['host', 'department', 'homepage'])
    if (value(field) === '') fail(problems.siteFieldMissing({ file, line: 1 }, field));
  const host = value('host');
  const aliases = strings('aliases');
  for (const name of [host, ...aliases].filter(Boolean)) {
    if (!HOST.test(name))
      fail(
        problems.siteFieldInvalid(
          at(name === host ? 'host' : 'aliases'),
          name === host ? 'host' : 'aliases',
          `"${name}" is not a lowercase host name like www.oldsite.gov.uk`,
        ),
      );
  }
  const department = value('department');
  if (department && !inputs.departments.has(department))
    fail(problems.unknownDepartment(at('department'), department));
  const homepage = value('homepage');
  if (homepage && !inputs.publishedPaths.has(homepage))
    fail(problems.homepageNotPublished(at('homepage'), homepage));
  const archive = value('archive');
  if (archive && !/^https?:\/\/[^/]+/.test(archive))
    fail(
      problems.siteFieldInvalid(at('archive'), 'archive', 'must be an http or https URL prefix'),
    );
  const queryParams = strings('query_params').map((name) => name.toLowerCase());
  for (const name of queryParams.filter((n) => !/^[a-z0-9_]+$/.test(n))) {
    fail(
      problems.siteFieldInvalid(
        at('query_params'),
        'query_params',
        `holds "${name}", but a query key must be letters, digits or _ for nginx to read it`,
      ),
    );
  }
  if (!ok) return null;
  const departmentName = inputs.departments.get(department)?.name ?? department;
  const lines = Object.fromEntries([...fields].map(([name, { line }]) => [name, line]));
  return {
    id,
    file,
    host,
    aliases,
    department,
    departmentName,
    homepage,
    archive,
    queryParams,
    lines,
  };
}
