/**
 * `npm run import`: reads an old site's source through its generator's module, and makes our
 * pages, their files and the old host's mappings from it. Everything here is the same for every
 * source; only reading the source is theirs.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { fixPage } from '../check/fix/index.ts';
import { type FilePlan, planCopy, refusedFiles, sourceFileOf } from './files.ts';
import { dropMissingSections, idsOf } from './fragments.ts';
import { frontMatterOf, type TopicMap } from './front-matter.ts';
import { type LinkContext, newUrl, pathKey, rewriteLinks } from './links.ts';
import { mappingRows, mappingsCsv, siteFile } from './mappings.ts';
import type { ImportNote } from './notes.ts';
import { type ImportReport, summarise } from './report.ts';
import type { ImportSource, SourcePage } from './source.ts';
import { SOURCES } from './sources/index.ts';
import { safeHtml } from './unsafe-html.ts';
import { type Outputs, writeOutputs } from './write.ts';

export interface ImportOptions {
  root: string;
  /** The old site's source folder. */
  folder: string;
  /** A source's name; found from the folder when not given. */
  from?: string;
  department: string;
  host: string;
  under: string;
  topics: TopicMap;
  archive?: string;
  /** The name of the legacy site's files in migrations-map/; the host's by default. */
  site: string;
  today: string;
  dryRun: boolean;
}

export function chooseSource(folder: string, from?: string): ImportSource {
  const source = from
    ? SOURCES.find((s) => s.name === from)
    : SOURCES.find((s) => s.detect(folder));
  if (!source) {
    const names = SOURCES.map((s) => s.name).join(', ');
    throw new Error(
      from
        ? `--from ${from} is not a source: use one of ${names}.`
        : `${folder} is not a site this import knows: name its generator with --from (${names}).`,
    );
  }
  return source;
}

/** Two pages that would take one name: the later ones get -2, -3... */
function uniqueNames(pages: SourcePage[]): ImportNote[] {
  const taken = new Set<string>();
  const notes: ImportNote[] = [];
  for (const page of pages) {
    let name = page.name;
    for (let n = 2; taken.has(name); n++) name = `${page.name}-${n}`;
    if (name !== page.name)
      notes.push({
        kind: 'guess',
        file: page.file,
        line: 1,
        message: `Another page took ${page.name}: this one is ${name}.`,
      });
    page.name = name;
    taken.add(name);
  }
  return notes;
}

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const source = chooseSource(options.folder, options.from);
  const site = source.read(options.folder, { under: options.under.replace(/^\/+|\/+$/g, '') });
  for (const page of site.pages) {
    const safe = safeHtml(page.body, page.file, page.bodyLine);
    page.body = safe.body;
    site.notes.push(...safe.notes);
  }
  const notes = [...site.notes, ...uniqueNames(site.pages)];
  const pages = new Map<string, string>();
  for (const page of site.pages)
    for (const old of [page.oldPath, ...page.aliases]) pages.set(pathKey(old), newUrl(page));
  const sourceFiles = new Map(site.pages.map((p) => [p.file, newUrl(p)]));
  const hosts = new Set([options.host.toLowerCase()]);
  const oldAddress = (old: string) => `${options.archive ?? ''}https://${options.host}${old}`;
  const pageFile = (page: SourcePage) => `${options.department}/${page.name}.md`;
  const fileOf = (page: SourcePage, old: string) =>
    site.resolveFile?.(page, old) ?? sourceFileOf(site.fileRoot, old);
  const context = (file: LinkContext['file']): LinkContext => ({
    hosts,
    pages,
    sourceFiles,
    file,
    oldAddress,
  });

  // First the files the pages name, so the ones the site would refuse are known before writing.
  const named: string[] = [];
  for (const page of site.pages) {
    rewriteLinks(
      page,
      context((old) => {
        const file = fileOf(page, old);
        if (file) named.push(file);
        return { copy: '' };
      }),
    );
  }
  const refused = await refusedFiles(named);
  const plan: FilePlan = new Map();
  const outputs: Outputs = new Map();
  const unmappedTags = new Map<string, number>();
  const dropped = new Map<string, number>();
  let fixes = 0;
  for (const page of site.pages) {
    const links = rewriteLinks(
      page,
      context((old) => {
        const file = fileOf(page, old);
        if (!file || refused.has(file)) return { missing: old };
        return { copy: planCopy(plan, pageFile(page), file) };
      }),
    );
    page.body = links.body;
    notes.push(...links.notes);
  }
  const ids = new Map(site.pages.map((p) => [newUrl(p), idsOf(p.body)]));
  for (const page of site.pages) {
    const sections = dropMissingSections(page.body, page, ids);
    const mapped = frontMatterOf({ ...page, body: sections.body }, options);
    notes.push(...sections.notes, ...mapped.notes);
    for (const tag of mapped.unmappedTags) unmappedTags.set(tag, (unmappedTags.get(tag) ?? 0) + 1);
    for (const field of page.dropped) dropped.set(field, (dropped.get(field) ?? 0) + 1);
    const file = `content/${pageFile(page)}`;
    const fixed = fixPage(
      file,
      `---\n${stringify(mapped.data, { lineWidth: 0 })}---\n\n${sections.body.trim()}\n`,
    );
    fixes += fixed.fixed.length;
    outputs.set(file, { text: fixed.text });
  }
  for (const file of refused.keys())
    notes.push({
      kind: 'missing-file',
      file: path.relative(options.folder, file),
      line: 0,
      message: `The site refuses this file: ${refused.get(file)} It stays on the old site.`,
    });
  for (const [to, from] of plan) outputs.set(`content/${to}`, { copy: from });

  const tags = new Set(site.pages.flatMap((p) => p.tags));
  const posts = site.pages.filter((p) => p.kind === 'post').length;
  const mappings = mappingRows({ ...options, listings: site.listings, tags, pages, posts });
  notes.push(...mappings.notes);
  outputs.set(`migrations-map/${options.site}.yml`, {
    text: siteFile(options),
  });
  outputs.set(`migrations-map/${options.site}.csv`, { text: mappingsCsv(mappings.rows) });
  const written = writeOutputs(
    options.root,
    `migrations-map/${options.site}.import.json`,
    outputs,
    options.dryRun,
  );
  notes.push(...written.notes);
  return summarise({
    source: source.name,
    options,
    pages: site.pages.length,
    files: plan.size,
    mappings: mappings.rows.length,
    fixes,
    notes,
    unmappedTags,
    dropped,
    written,
  });
}
