import fs from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../content/front-matter.ts';

/**
 * The Markdown the baselines build: every page of `contentDir` (content/<department>/**\/*.md),
 * at the same path under `outDir`, with the same body and only a title for front matter. Our
 * front matter (dates, types, topics, legacy URLs) means nothing to the other tools, and some of
 * it (Hugo's `type`, Eleventy's `date`-like fields) would change what they do. Returns the pages.
 */
export function writeBaselineMarkdown(contentDir: string, outDir: string): number {
  let pages = 0;
  for (const file of fs.readdirSync(contentDir, { recursive: true }).map(String)) {
    if (!file.endsWith('.md') || file.split(path.sep)[0] === '_data') continue;
    const split = splitFrontMatter(fs.readFileSync(path.join(contentDir, file), 'utf8'));
    const title = (split.yaml?.data as { title?: unknown } | undefined)?.title;
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), baselinePage(String(title ?? file), split.body));
    pages++;
  }
  return pages;
}

/** A JSON string is a YAML string too: any title survives quoting. */
export function baselinePage(title: string, body: string): string {
  return `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`;
}
