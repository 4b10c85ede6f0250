import path from 'node:path';
import { validateContent } from '../content/index.ts';
import { readContentFiles } from '../content/site-files.ts';
import { createMarkdown } from '../render/markdown/index.ts';
import { hasErrors } from '../report/diagnostic.ts';
import { formatForTerminal } from '../report/terminal.ts';

// npm run check [paths...]: validates content without rendering. Given paths, only those files'
// problems are reported, checked against the whole site's URLs.
const root = process.cwd();
const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const only = paths.length ? new Set(paths.map((p) => path.relative(root, path.resolve(p)).split(path.sep).join('/'))) : undefined;

const start = performance.now();
const { model, diagnostics } = validateContent(readContentFiles(root), { drafts: true }, createMarkdown(), only);
console.log(formatForTerminal(diagnostics, process.stdout.isTTY));
console.log(`Checked ${only ? `${only.size} of ` : ''}${model.pages.length} pages in ${((performance.now() - start) / 1000).toFixed(2)} s`);
process.exit(hasErrors(diagnostics) ? 1 : 0);
