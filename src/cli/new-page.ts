import fs from 'node:fs';
import path from 'node:path';
import {
  newPagePath,
  newPageText,
  type PageType,
  problemWithArguments,
  slugFromTitle,
} from '../check/new-page.ts';
import { todayIso } from '../check/review-dates.ts';
import { loadSite } from '../content/index.ts';
import { urlFromPath } from '../content/urls.ts';

// npm run new -- <department> <type> "<title>" [--today YYYY-MM-DD]
// Creates a page with valid front matter and TODO placeholders; never overwrites a file.
const root = process.cwd();
const args = process.argv.slice(2);
const todayAt = args.indexOf('--today');
const today = todayAt === -1 ? todayIso() : args.splice(todayAt, 2)[1]!;
const [department, type, title, ...extra] = args;
const departments = fs
  .readdirSync(path.join(root, 'content'), { withFileTypes: true })
  .filter(
    (e) => e.isDirectory() && fs.existsSync(path.join(root, 'content', e.name, '_department.yml')),
  )
  .map((e) => e.name)
  .sort();

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const problem =
  problemWithArguments(department, type, title, departments) ??
  (extra.length
    ? `Put the title in quotes: npm run new -- ${department} ${type} "${[title, ...extra].join(' ')}"`
    : undefined);
if (problem) fail(problem);

const slug = slugFromTitle(title!);
const file = newPagePath(department!, type as PageType, slug);
if (fs.existsSync(path.join(root, file)))
  fail(
    `${file} already exists, so nothing was written. Choose a different title, or edit that page.`,
  );
const url = urlFromPath(file.slice(`content/${department}/`.length));
const taken = loadSite(root, { drafts: true }).model.pages.find((p) => p.url === url);
if (taken)
  fail(
    `${taken.file} already publishes ${url}, so a new page there would collide. Choose a different title.`,
  );

fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
fs.writeFileSync(path.join(root, file), newPageText(type as PageType, title!, today), {
  flag: 'wx',
});
console.log(`Created ${file}, which will publish at ${url}.`);
console.log('Replace each TODO, then run "npm run check": it reports every TODO left as an error.');
