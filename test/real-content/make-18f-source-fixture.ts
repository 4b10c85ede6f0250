/**
 * Makes test/fixtures/import/18f-source/: a part of the 18F website's source (public domain),
 * kept exactly as its authors wrote it, for the import's tests to run on in CI, where the whole
 * source (100 MB with its images) is not. It keeps the site's own machinery the import reads
 * (the posts' data file with their permalink, the blog and tag listings, the feed, redirect
 * stubs) and every post with redirect_from, shortcodes, includes or raw HTML that fits, with the
 * images those posts use, up to a budget.
 *
 *   npx tsx test/real-content/make-18f-source-fixture.ts [path to the 18F source]
 */
import fs from 'node:fs';
import path from 'node:path';

const source = path.resolve(
  process.argv[2] ?? path.join(import.meta.dirname, '../../../shared/corpora/18f'),
);
const target = path.join(import.meta.dirname, '../fixtures/import/18f-source');
const POSTS = 110;
const IMAGE_BUDGET = 700_000;

const MACHINERY = [
  'package.json',
  'LICENSE.md',
  'content/posts/posts.11tydata.js',
  'content/pages/blog.liquid',
  'content/pages/tags.liquid',
  'content/pages/feed/feed.md',
  'content/pages/about.md',
  'content/pages/errors/404.md',
  'content/pages/projects/services/navy-reserve.md',
  'content/pages/tags/demo day.md',
  'content/pages/policies/code-of-conduct.md',
];

const assetsOf = (text: string) =>
  [...text.matchAll(/["'(]\/?(assets\/[^"'\s)]+)/g)]
    .map((m) => m[1]!)
    .filter((a) => fs.existsSync(path.join(source, a)));
const size = (asset: string) => fs.statSync(path.join(source, asset)).size;

fs.rmSync(target, { recursive: true, force: true });
const copy = (rel: string) => {
  fs.mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
  fs.copyFileSync(path.join(source, rel), path.join(target, rel));
};
for (const rel of MACHINERY) copy(rel);

const posts = fs
  .readdirSync(path.join(source, 'content/posts'))
  .filter((f) => f.endsWith('.md'))
  .sort();
const interest = (text: string) =>
  (/^redirect_from:/m.test(text) ? 4 : 0) +
  (/\{%\s*(image|include)/.test(text) ? 2 : 0) +
  (/<[a-z]+[\s>]/i.test(text) ? 1 : 0) +
  (/team_(link|photo)|\| url/.test(text) ? 1 : 0);
const ranked = posts
  .map((file) => ({
    file,
    text: fs.readFileSync(path.join(source, 'content/posts', file), 'utf8'),
  }))
  .map((p) => ({ ...p, score: interest(p.text), assets: assetsOf(p.text) }))
  .sort((a, b) => b.score - a.score || a.file.localeCompare(b.file));
let budget = IMAGE_BUDGET;
const chosen: string[] = [];
for (const post of ranked) {
  const bytes = post.assets.reduce((sum, a) => sum + size(a), 0);
  if (chosen.length >= POSTS || bytes > budget) continue;
  budget -= bytes;
  chosen.push(post.file);
  copy(`content/posts/${post.file}`);
  for (const asset of post.assets) copy(asset);
}
fs.writeFileSync(
  path.join(target, 'SOURCE.md'),
  [
    '# A part of the 18F website source (generated)',
    '',
    'Made by test/real-content/make-18f-source-fixture.ts from the 18F website source (public domain,',
    `https://github.com/18F/18f.gsa.gov at 0a55c75e6d9b): ${chosen.length} posts as their authors wrote them, the`,
    'images they use, and the templates, data file and redirect stubs the import reads. Do not edit by',
    'hand; run the script again.',
    '',
  ].join('\n'),
);
console.log(
  `${chosen.length} posts and ${IMAGE_BUDGET - budget} bytes of images written to ${path.relative(process.cwd(), target)}.`,
);
