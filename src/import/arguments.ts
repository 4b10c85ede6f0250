import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { TopicMap } from './front-matter.ts';
import type { ImportOptions } from './index.ts';

const USAGE =
  'Usage: npm run import -- <source folder> --department <slug> --host <old host> [--under <path>] [--from eleventy|hugo|html] [--topics map.yml] [--archive <url prefix>] [--site <name>] [--report <file.json>] [--dry-run]';

/** `--topics map.yml`: `tag: topic-slug` lines; `tag: null` drops a tag on purpose. */
export function readTopicMap(file: string | undefined): TopicMap {
  if (!file) return new Map();
  const data = (parse(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  return new Map(
    Object.entries(data).map(([tag, topic]) => [
      tag.toLowerCase(),
      topic == null ? null : String(topic),
    ]),
  );
}

export function parseImportArguments(
  argv: string[],
  root: string,
): ImportOptions & { report?: string } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      department: { type: 'string' },
      host: { type: 'string' },
      under: { type: 'string', default: '' },
      from: { type: 'string' },
      topics: { type: 'string' },
      archive: { type: 'string' },
      site: { type: 'string' },
      report: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const folder = positionals[0];
  if (!folder || !values.department || !values.host) throw new Error(USAGE);
  if (!fs.existsSync(folder))
    throw new Error(`${folder} does not exist: give the old site's source folder.`);
  if (!fs.existsSync(path.join(root, 'content', values.department, '_department.yml'))) {
    throw new Error(
      `content/${values.department}/_department.yml does not exist: create the department first (docs/content/reference.md).`,
    );
  }
  const host = values.host
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  return {
    root,
    folder: path.resolve(folder),
    from: values.from,
    department: values.department,
    host,
    under: values.under,
    topics: readTopicMap(values.topics),
    archive: values.archive,
    site: values.site ?? host.replace(/^www\./, '').replace(/[^a-z0-9]+/g, '-'),
    today: new Date().toISOString().slice(0, 10),
    dryRun: values['dry-run'],
    report: values.report,
  };
}
