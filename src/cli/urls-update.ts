import fs from 'node:fs';
import path from 'node:path';
import { modelForWritingOrExit } from '../check/load-model.ts';
import { PUBLISHED_URLS_FILE, updatedPublishedUrls } from '../check/urls/index.ts';
import { formatForTerminal } from '../report/terminal.ts';

// npm run urls:update: rewrites migrations-map/published-urls.txt from what the production build
// publishes, after a release. Refuses while a listed URL would break: check says how to fix it.
const root = process.cwd();
const model = modelForWritingOrExit(root, 'the list of published URLs was not rewritten');
const { text, broken } = updatedPublishedUrls(root, model);
if (broken.length) {
  console.log(formatForTerminal(broken));
  console.error(
    `\n${PUBLISHED_URLS_FILE} was not rewritten: it would drop the URLs above without a redirect or a 410.`,
  );
  process.exit(1);
}
const file = path.join(root, PUBLISHED_URLS_FILE);
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, text);
const count = (t: string) => t.split('\n').filter((l) => l && !l.startsWith('#')).length;
console.log(
  `Wrote ${PUBLISHED_URLS_FILE}: ${count(text)} URLs${before === text ? ', unchanged' : ` (was ${count(before)})`}.`,
);
