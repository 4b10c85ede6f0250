/**
 * The import's report: what it made, what it guessed, what it could not convert (each with the
 * source file and line) and what people should do next. The same data is printed on the terminal
 * and written as JSON for a migration team's tracking.
 */
import type { ImportNote, NoteKind } from './notes.ts';
import type { WriteResult } from './write.ts';

export interface ImportReport {
  source: string;
  department: string;
  host: string;
  dryRun: boolean;
  pages: number;
  files: number;
  mappings: number;
  /** Raw HTML written as Markdown, target attributes removed, entities decoded. */
  fixes: number;
  written: number;
  unchanged: number;
  notes: ImportNote[];
  /** Tags the topics mapping does not name, with how many pages carry each. */
  unmappedTags: Record<string, number>;
  /** Front matter fields with no home in ours, with how many pages carried each. */
  droppedFields: Record<string, number>;
  nextSteps: string[];
}

interface Counts {
  source: string;
  options: { department: string; host: string; dryRun: boolean; site: string };
  pages: number;
  files: number;
  mappings: number;
  fixes: number;
  notes: ImportNote[];
  unmappedTags: ReadonlyMap<string, number>;
  dropped: ReadonlyMap<string, number>;
  written: WriteResult;
}

const byCount = (counts: ReadonlyMap<string, number>) =>
  Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));

export function summarise(counts: Counts): ImportReport {
  const { options } = counts;
  const notes = [...counts.notes].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const nextSteps = [
    counts.unmappedTags.size
      ? `Map the ${counts.unmappedTags.size} tags listed to topics (or to null, to drop them) in the file you give --topics, and import again.`
      : '',
    notes.some((n) => n.kind === 'unconverted' || n.kind === 'left-out')
      ? 'Write by hand what the notes marked "unconverted" and "left-out" showed on the old site.'
      : '',
    notes.some((n) => n.kind === 'no-alt') ? 'Give alt text to the images marked "no-alt".' : '',
    'Run npm run check, then read the pages in npm start before they are published.',
    `Add the old site's traffic as migrations-map/${options.site}.hits.csv (npm run hits) to see coverage weighted by visits.`,
  ].filter(Boolean);
  return {
    source: counts.source,
    department: options.department,
    host: options.host,
    dryRun: options.dryRun,
    pages: counts.pages,
    files: counts.files,
    mappings: counts.mappings,
    fixes: counts.fixes,
    written: counts.written.written.length,
    unchanged: counts.written.unchanged.length,
    notes,
    unmappedTags: byCount(counts.unmappedTags),
    droppedFields: byCount(counts.dropped),
    nextSteps,
  };
}

const KINDS: readonly NoteKind[] = [
  'unconverted',
  'left-out',
  'missing-file',
  'no-alt',
  'guess',
  'kept',
];

export function reportText(report: ImportReport): string {
  const lines = [
    `${report.dryRun ? 'Would import' : 'Imported'} ${report.pages} pages, ${report.files} files and ${report.mappings} mappings from ${report.host} (${report.source}) into content/${report.department}/.`,
    `${report.written} files ${report.dryRun ? 'to write' : 'written'}, ${report.unchanged} unchanged; ${report.fixes} pieces of HTML written as Markdown or tidied.`,
  ];
  for (const kind of KINDS) {
    const of = report.notes.filter((n) => n.kind === kind);
    if (!of.length) continue;
    lines.push('', `${kind} (${of.length})`);
    for (const n of of) lines.push(`  ${n.file}${n.line ? `:${n.line}` : ''}  ${n.message}`);
  }
  const tags = Object.entries(report.unmappedTags);
  if (tags.length)
    lines.push(
      '',
      `tags with no topic (${tags.length}): ${tags.map(([t, n]) => `${t} (${n})`).join(', ')}`,
    );
  const fields = Object.entries(report.droppedFields);
  if (fields.length)
    lines.push('', `fields left out: ${fields.map(([f, n]) => `${f} (${n})`).join(', ')}`);
  lines.push('', 'Next steps:', ...report.nextSteps.map((s) => `  - ${s}`));
  return `${lines.join('\n')}\n`;
}
