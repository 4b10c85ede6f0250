/**
 * Reads `migrations-map/<site>.yml` into a LegacySite, checking each field at its own line. A site
 * missing a required field is reported and left out; its mappings are then not loaded.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { migrations, redirects } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import type { LegacySite, MigrationInputs } from './model.ts';
import { SITE_FIELD_NAMES } from './site-fields.ts';
import { readGlobal, readRules } from './site-rules.ts';

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

type Fields = Map<string, { node: Node | null; line: number }>;

function readFields(
  text: string,
  file: string,
  diagnostics: Diagnostic[],
): { fields: Fields; lineOf: (node: Node | null) => number } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    diagnostics.push(
      report(
        migrations.MIGRATION_SITE_YAML,
        { file, line },
        {
          detail: first.message
            .split('\n')[0]!
            .replace(/ at line \d+, column \d+:?$/, '')
            .replace(/\.$/, ''),
        },
      ),
    );
    return null;
  }
  const fields: Fields = new Map();
  const lineOf = (node: Node | null) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  if (!isMap(doc.contents)) return { fields, lineOf };
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineCounter.linePos((pair.key as Node).range?.[0] ?? 0).line;
    if (!SITE_FIELD_NAMES.includes(key))
      diagnostics.push(
        report(migrations.MIGRATION_SITE_FIELD_UNKNOWN, { file, line }, { field: key }),
      );
    else fields.set(key, { node: (pair.value as Node | null) ?? null, line });
  }
  return { fields, lineOf };
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
  allowedHosts: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): LegacySite | null {
  const read = readFields(source, file, diagnostics);
  if (!read) return null;
  const { fields, lineOf } = read;
  const at = (field: string) => ({ file, line: fields.get(field)?.line ?? 1 });
  const invalid = (field: string, why: string) =>
    report(migrations.MIGRATION_SITE_FIELD_INVALID, at(field), { field, why });
  const value = (field: string) => text(fields.get(field)?.node ?? null);
  const strings = (field: string): string[] => {
    if (!fields.has(field)) return [];
    const items = list(fields.get(field)!.node);
    if (items === null) diagnostics.push(invalid(field, 'must be a list, e.g. [a, b]'));
    return items ?? [];
  };
  let ok = true;
  const fail = (d: Diagnostic) => {
    ok = false;
    diagnostics.push(d);
  };
  for (const field of ['host', 'department', 'homepage'])
    if (value(field) === '')
      fail(report(migrations.MIGRATION_SITE_FIELD_MISSING, { file, line: 1 }, { field }));
  const host = value('host');
  const aliases = strings('aliases');
  for (const name of [host, ...aliases].filter(Boolean)) {
    if (!HOST.test(name))
      fail(
        invalid(
          name === host ? 'host' : 'aliases',
          `"${name}" is not a lowercase host name like www.oldsite.gov.uk`,
        ),
      );
  }
  const department = value('department');
  if (department && !inputs.departments.has(department))
    fail(report(migrations.MIGRATION_UNKNOWN_DEPARTMENT, at('department'), { slug: department }));
  const homepage = value('homepage');
  // A homepage may be a page of this site, or an absolute URL on an allowed host (a service).
  const external = /^https?:\/\/([^/?#]+)/i.exec(homepage);
  const homeHost = external?.[1]?.toLowerCase();
  if (homeHost && !allowedHosts.has(homeHost))
    fail(
      report(redirects.MIGRATION_TARGET_HOST_NOT_ALLOWED, at('homepage'), {
        target: homepage,
        host: homeHost,
      }),
    );
  else if (homepage && !external && !inputs.publishedPaths.has(homepage))
    fail(report(migrations.MIGRATION_HOMEPAGE_NOT_PUBLISHED, at('homepage'), { path: homepage }));
  const archive = value('archive');
  if (archive && !/^https?:\/\/[^/]+/.test(archive))
    fail(invalid('archive', 'must be an http or https URL prefix'));
  const queryParams = strings('query_params').map((name) => name.toLowerCase());
  for (const name of queryParams.filter((n) => !/^[a-z0-9_]+$/.test(n))) {
    fail(
      invalid(
        'query_params',
        `holds "${name}", but a query key must be letters, digits or _ for nginx to read it`,
      ),
    );
  }
  const ruleContext = { file, lineOf, diagnostics };
  const rules = fields.has('rules') ? readRules(fields.get('rules')!.node, ruleContext) : [];
  const global = fields.has('global')
    ? readGlobal(fields.get('global')!.node, at('global').line, ruleContext)
    : null;
  const language = readLanguage(value('language'), department, inputs, at('language'), fail);
  const live = value('live');
  if (live !== '' && live !== 'true' && live !== 'false')
    fail(invalid('live', 'must be true (not retired yet) or false'));
  if (!ok) return null;
  const departmentName =
    (language && inputs.departments.get(department)?.translations?.[language.code]?.name) ||
    (inputs.departments.get(department)?.name ?? department);
  const lines = Object.fromEntries([...fields].map(([name, { line }]) => [name, line]));
  return {
    id,
    file,
    host,
    aliases,
    department,
    departmentName,
    ...(language ? { language } : {}),
    homepage,
    archive,
    queryParams,
    rules,
    global,
    live: live === 'true',
    lines,
  };
}

/**
 * `language:`, one of the site's: the old site's 410 and 404 pages print their labels in it and
 * link to its pages, so its department must be named in it too.
 */
function readLanguage(
  code: string,
  department: string,
  inputs: MigrationInputs,
  at: { file: string; line: number },
  fail: (d: Diagnostic) => void,
): LegacySite['language'] {
  if (code === '') return undefined;
  const languages = inputs.languages ?? new Map<string, string>();
  const prefix = languages.get(code);
  if (prefix === undefined) {
    fail(
      report(migrations.MIGRATION_LANGUAGE_NOT_DECLARED, at, {
        lang: code,
        languages: [...languages.keys()],
      }),
    );
    return undefined;
  }
  const names = inputs.departments.get(department);
  if (prefix !== '/' && names && !names.translations?.[code]?.name)
    fail(report(migrations.MIGRATION_DEPARTMENT_NOT_NAMED, at, { slug: department, lang: code }));
  return { code, prefix };
}
