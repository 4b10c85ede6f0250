/**
 * STAND-IN: the lead's content loader will provide `migrationInputsFor(root)` in src/content/ and
 * this file will then be deleted. Until then it derives MigrationInputs from content/ directly:
 * published paths by the SPEC's URL rule (path inside the department folder, `index.md` takes its
 * folder's URL, `permalink` overrides; drafts skipped), plus `/` and `/departments/<slug>/`;
 * department names from `_department.yml`; `legacy_urls` with their lines from front matter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parse, parseDocument, isMap, isSeq, isScalar } from 'yaml';
import type { MigrationInputs } from './model.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

function urlOf(relative: string): string {
  const parts = relative.replace(/\.md$/, '').split('/');
  if (parts.at(-1) === 'index') parts.pop();
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

export function migrationInputsFor(root: string): MigrationInputs {
  const content = path.join(root, 'content');
  const site = parse(fs.readFileSync(path.join(content, '_data/site.yml'), 'utf8')) as { url: string };
  const publishedPaths = new Set<string>(['/']);
  const departments = new Map<string, { name: string }>();
  const pageLegacyUrls: Array<{ url: string; target: string; file: string; line: number }> = [];
  for (const slug of fs.readdirSync(content).filter((name) => fs.existsSync(path.join(content, name, '_department.yml')))) {
    const data = parse(fs.readFileSync(path.join(content, slug, '_department.yml'), 'utf8')) as { name?: string } | null;
    departments.set(slug, { name: data?.name ?? slug });
    publishedPaths.add(`/departments/${slug}/`);
    for (const full of markdownFiles(path.join(content, slug))) {
      const file = path.relative(root, full).split(path.sep).join('/');
      const matter = FRONT_MATTER.exec(fs.readFileSync(full, 'utf8'))?.[1] ?? '';
      const lineCounter = new LineCounter();
      const doc = parseDocument(matter, { lineCounter });
      if (!isMap(doc.contents) || doc.get('draft') === true) continue;
      const permalink = doc.get('permalink');
      const target = typeof permalink === 'string' ? permalink : urlOf(path.relative(path.join(content, slug), full).split(path.sep).join('/'));
      publishedPaths.add(target);
      const urls = doc.get('legacy_urls', true);
      if (!isSeq(urls)) continue;
      for (const item of urls.items) {
        if (!isScalar(item) || typeof item.value !== 'string') continue;
        // +1: the front matter starts after the opening `---` line.
        const line = lineCounter.linePos(item.range?.[0] ?? 0).line + 1;
        pageLegacyUrls.push({ url: item.value, target, file, line });
      }
    }
  }
  return { root, siteUrl: site.url, publishedPaths, departments, pageLegacyUrls };
}
