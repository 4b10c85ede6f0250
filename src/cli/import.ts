// npm run import -- <source folder> --department <slug> --host <old host> [--under <path>]
//   [--from eleventy|hugo|html] [--topics map.yml] [--archive <url prefix>] [--site <name>]
//   [--report report.json] [--dry-run]
import fs from 'node:fs';
import path from 'node:path';
import { parseImportArguments } from '../import/arguments.ts';
import { runImport } from '../import/index.ts';
import { reportText } from '../import/report.ts';

const root = process.cwd();
let options: Awaited<ReturnType<typeof parseImportArguments>>;
try {
  options = parseImportArguments(process.argv.slice(2), root);
} catch (cause) {
  console.error((cause as Error).message);
  process.exit(2);
}
const report = await runImport(options);
process.stdout.write(reportText(report));
const json = options.report ?? `migrations-map/${options.site}.import-report.json`;
if (!options.dryRun || options.report) {
  fs.writeFileSync(path.resolve(root, json), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nThe report as JSON: ${json}`);
}
