import fs from 'node:fs';
import path from 'node:path';
import { filesNamed, parseCheckArguments } from '../check/arguments.ts';
import { PAGES_FOR_A_WORKER, startCheckWorker } from '../check/check-worker.ts';
import { fixedLine } from '../check/fix/edits.ts';
import { readingAgeNotes, readingAgeSummary } from '../check/reading-age-report.ts';
import { check } from '../report/catalogue/index.ts';
import { hasErrors, report, sortDiagnostics } from '../report/diagnostic.ts';
import { formatForGithub } from '../report/github.ts';
import { formatAsJson } from '../report/json.ts';
import { formatForTerminal, summaryLine } from '../report/terminal.ts';

// npm run check [paths...] [--format terminal|github|json] [--today YYYY-MM-DD] [--fix]
// Validates content and the migrations map without rendering. Given paths (files or folders),
// only their problems are reported, checked against the whole site's URLs. Exit 1 on any error.
// --fix first rewrites, in place, what can be fixed safely in those pages (or in every page):
// raw HTML that Markdown writes as well, target attributes, entities in text fields.
const root = process.cwd();
const start = performance.now();
let args: ReturnType<typeof parseCheckArguments>;
try {
  args = parseCheckArguments(process.argv.slice(2), root);
} catch (cause) {
  console.error((cause as Error).message);
  process.exit(2);
}

const known = [
  ...listFiles(root, 'content'),
  ...listFiles(root, 'migrations-map'),
  '.github/CODEOWNERS',
];
const named = args.paths.length ? filesNamed(args.paths, known) : undefined;
// Fixed before anything is read, so the check reports what is left. Loaded only when asked for.
const fixed = args.fix
  ? (await import('../check/fix/files.ts')).fixFiles(root, named?.files ?? known)
  : [];
// On a large site the second thread starts before the check's own modules load, so that both
// threads start up at once.
const pageCount = known.filter(
  (file) => file.startsWith('content/') && file.endsWith('.md'),
).length;
const worker = pageCount >= PAGES_FOR_A_WORKER ? startCheckWorker() : undefined;
const { runCheck } = await import('../check/index.ts');
const result = await runCheck({
  root,
  ...(worker ? { worker } : {}),
  ...(named ? { only: named.files } : {}),
  ...(args.today ? { today: args.today } : {}),
});
const diagnostics = sortDiagnostics([
  ...result.diagnostics,
  ...(named?.missing ?? []).map((p) =>
    report(check.CHECK_PATH_NOT_FOUND, { file: p }, { path: p }),
  ),
]);
const seconds = (performance.now() - start) / 1000;
const checked = `Checked ${named ? `${result.pages.length} of ` : ''}${result.model.pages.length} pages in ${seconds.toFixed(2)} s`;

if (args.format === 'json') {
  const pages = result.pages.map((p) => ({
    file: p.file,
    url: p.url,
    reading_age: p.readingAge?.age ?? null,
    words: p.readingAge?.words ?? 0,
  }));
  process.stdout.write(
    formatAsJson(diagnostics, {
      pages,
      seconds: Number(seconds.toFixed(3)),
      ...(args.fix ? { fixed } : {}),
    }),
  );
} else if (args.format === 'github') {
  for (const f of fixed) console.log(fixedLine(f));
  if (diagnostics.length) console.log(formatForGithub(diagnostics));
  console.log(`${summaryLine(diagnostics)}\n${checked}`);
} else {
  const listed = new Set(diagnostics.map((d) => d.file));
  for (const f of fixed) console.log(fixedLine(f));
  if (fixed.length) console.log('');
  console.log(formatForTerminal(diagnostics, process.stdout.isTTY, readingAgeNotes(result.pages)));
  for (const line of readingAgeSummary(result.pages, listed)) console.log(line);
  console.log(checked);
}
// exitCode, not exit(): exit() would cut off output still on its way down a pipe (e.g. to jq).
process.exitCode = hasErrors(diagnostics) ? 1 : 0;

function listFiles(base: string, dir: string): string[] {
  const full = path.join(base, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(base, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}
