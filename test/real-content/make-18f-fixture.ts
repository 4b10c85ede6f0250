/**
 * Makes test/fixtures/real-18f/ from the 18F website's source (public domain): blog posts that
 * carry raw HTML, tables or long text, as their authors wrote them, with only what our contract
 * cannot read turned into what it can: Jekyll/Eleventy front matter to ours, and the old site's
 * template tags (image shortcodes, `| url`, `site.baseurl`, team links, video embeds) to Markdown
 * pointing at the old site. Everything else, raw HTML included, is left exactly as written.
 *
 *   npx tsx test/real-content/make-18f-fixture.ts [path to the 18F source, default ../shared/corpora/18f]
 */
import fs from 'node:fs';
import path from 'node:path';
// The old site read its front matter with gray-matter (js-yaml), whose YAML is looser than ours.
import matter from 'gray-matter';

const OLD_SITE = 'https://18f.gsa.gov';
const DEPARTMENT = 'gsa-18f';
const WANTED = 80;
const REFUSED_WANTED = 12;
const source = path.resolve(
  process.argv[2] ?? path.join(import.meta.dirname, '../../../shared/corpora/18f'),
);
const target = path.join(import.meta.dirname, '../fixtures/real-18f');

/** Template logic that only the old site's own build could run: such posts are left out. */
const UNCONVERTIBLE =
  /\{%-?\s*(include|for|unless|if|comment)\b|team_photo|page\.preview_baseurl|\{\{\s*image\b/;
/** HTML our content refuses (elements, inline styles, scripts); such posts need a person's judgement first. */
const REFUSED =
  /<(script|style|iframe|svg|form|object|embed|link|aside|nav|header|footer|main)\b|<[a-z][^>]*\s(style|on[a-z]+)\s*=/i;

const absolute = (p: string) => `${OLD_SITE}/${p.replace(/^\/+/, '')}`;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const titleCase = (slug: string) =>
  slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

const imageTag = (src: string, alt: string) =>
  `<img src="${absolute(src)}" alt="${alt.replace(/^"|"$/g, '').replace(/"/g, '&quot;')}">`;

function convertBody(body: string): string {
  return (
    body
      .replace(/\{%-?\s*(end)?raw\s*-?%\}/g, '')
      // The shortcodes wrote an <img>, often inside the authors' own <figure> HTML. Some authors
      // left quotes unbalanced in the alt text: all between the outer quotes is the alt.
      .replace(
        /\{%\s*image_with_class\s+"([^"]+)"\s+"[^"]*"\s+([\s\S]*?)\s*%\}/g,
        (_, src: string, alt: string) => imageTag(src, alt),
      )
      .replace(/\{%\s*image\s+"([^"]+)"\s+([\s\S]*?)\s*%\}/g, (_, src: string, alt: string) =>
        imageTag(src, alt),
      )
      .replace(
        /\{\{\s*"([^"]+)"\s*\|\s*embed:\s*"([^"]*)"\s*\}\}/g,
        (_, url: string, title: string) => `[Watch the video: ${title}](${url})`,
      )
      .replace(
        /\{\{\s*"([^"]+)"\s*\|\s*team_link\s*\}\}/g,
        (_, slug: string) => `[${titleCase(slug)}](${absolute(`author/${slug.toLowerCase()}/`)})`,
      )
      .replace(/\{\{\s*"([^"]*)"\s*\|\s*url\s*\}\}/g, (_, p: string) =>
        /^https?:/.test(p) ? p : absolute(p),
      )
      .replace(/\{\{\s*site\.baseurl\s*\}\}/g, OLD_SITE)
      // Links to the old site's own paths stay on the old site until its pages are imported.
      .replace(/\]\(\/(?!\/)/g, `](${OLD_SITE}/`)
      .replace(/(href|src)=(["'])\/(?!\/)/g, `$1=$2${OLD_SITE}/`)
  );
}

const yamlString = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim());

function convertPost(file: string, text: string): { name: string; markdown: string } | undefined {
  if (UNCONVERTIBLE.test(text)) return undefined;
  const { data, content } = matter(text, {}) as unknown as {
    data: Record<string, unknown>;
    content: string;
  };
  const date =
    data.date instanceof Date
      ? data.date.toISOString().slice(0, 10)
      : /^(\d{4}-\d{2}-\d{2})/.exec(String(data.date ?? file))?.[1];
  if (typeof data.title !== 'string' || !date) return undefined;
  // The excerpt often holds links; the summary is its text.
  const summary =
    String(data.description ?? data.excerpt ?? '')
      .replace(/<[^>]+>/g, '')
      .trim() || data.title;
  const name = path
    .basename(file, '.md')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
  const frontMatter = [
    '---',
    `title: ${yamlString(data.title)}`,
    `description: ${yamlString(summary)}`,
    `published: ${date}`,
    'type: news',
    '---',
  ].join('\n');
  return { name, markdown: `${frontMatter}\n${convertBody(content)}` };
}

const postsDir = path.join(source, 'content/posts');
const posts = fs
  .readdirSync(postsDir)
  .filter((f) => f.endsWith('.md'))
  .sort();
const hasTable = (body: string) => /<table\b/i.test(body) || /^\|.*\|\s*$/m.test(body);
const candidates: Array<{ name: string; markdown: string; table: boolean }> = [];
const skipped = { template: 0, refused: 0 };
// The posts left out for HTML our content refuses, as they are: the build must name each problem.
const refusedPosts: Array<{ name: string; markdown: string }> = [];
for (const file of posts) {
  const text = fs.readFileSync(path.join(postsDir, file), 'utf8');
  const body = text.replace(/^---[\s\S]*?---/, '');
  const interesting = /<[a-z][a-z0-9]*[\s>]/i.test(body) || hasTable(body) || words(body) > 1200;
  if (!interesting) continue;
  if (UNCONVERTIBLE.test(text)) {
    skipped.template++;
    continue;
  }
  if (REFUSED.test(text)) {
    skipped.refused++;
    const converted = convertPost(file, text);
    if (converted && refusedPosts.length < REFUSED_WANTED) refusedPosts.push(converted);
    continue;
  }
  const converted = convertPost(file, text);
  if (converted) candidates.push({ ...converted, table: hasTable(body) });
}
// Every post with a table, then the oldest of the rest: the years of HTML written by hand.
const chosen = [...candidates.filter((c) => c.table), ...candidates.filter((c) => !c.table)].slice(
  0,
  WANTED,
);

function writeSite(
  folder: string,
  pages: ReadonlyArray<{ name: string; markdown: string }>,
  about: string,
) {
  fs.rmSync(folder, { recursive: true, force: true });
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
    fs.writeFileSync(path.join(folder, rel), text);
  };
  write(
    'content/_data/site.yml',
    'name: 18F fixture\nurl: https://www.example.gov\nlanguage: en\n',
  );
  write('content/_data/topics.yml', '{}\n');
  write(
    `content/${DEPARTMENT}/_department.yml`,
    'name: 18F\nacronym: 18F\ndescription: The blog of 18F, a digital services team in the US General Services Administration.\n',
  );
  for (const { name, markdown } of pages) write(`content/${DEPARTMENT}/blog/${name}.md`, markdown);
  write('SOURCE.md', sourceNote(about));
}

const sourceNote = (about: string) =>
  [
    '# 18F blog posts (generated)',
    '',
    `Made by test/real-content/make-18f-fixture.ts from the 18F website's source (public domain,`,
    `https://github.com/18F/18f.gsa.gov at 0a55c75e6d9b): ${about}.`,
    'Do not edit by hand; run the script again.',
    '',
  ].join('\n');

writeSite(target, chosen, 'posts with raw HTML, tables or long text');
writeSite(`${target}-refused`, refusedPosts, 'posts whose HTML our content refuses, as written');
console.log(
  `${refusedPosts.length} refused posts written to ${path.relative(process.cwd(), target)}-refused.`,
);
console.log(
  `${chosen.length} posts written to ${path.relative(process.cwd(), target)}; left out: ${skipped.template} with the old site's template logic, ${skipped.refused} with HTML our content refuses.`,
);
