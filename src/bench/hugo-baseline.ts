import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from './command.ts';

/**
 * Hugo, where it is installed (Debian: `apt-get install -y hugo`), on the same Markdown: a
 * throwaway site whose content folder is the baselines' Markdown and whose layout prints the
 * title and the body, as bare Eleventy's does. Raw HTML is rendered, as markdown-it renders it
 * for Eleventy; the pages Hugo makes on its own (taxonomies, feeds, sitemap) are turned off.
 * Hugo gets its own copy of the Markdown with every `index.md` named `_index.md`: to Hugo an
 * `index.md` makes its folder one page whose other files are attachments (a leaf bundle), so the
 * 549 posts beside the 18F blog's index were never rendered. Returns why it cannot run instead,
 * when `hugo` is not on PATH.
 */
export function hugoBaseline(work: string, input: string, output: string): Command | string {
  const hugo = hugoOnPath();
  if (!hugo) return 'hugo is not on PATH';
  const site = path.join(work, 'hugo');
  const page =
    '<!doctype html><html lang="en"><title>{{ .Title }}</title><body>{{ .Content }}</body></html>\n';
  for (const layout of ['single', 'list'])
    write(path.join(site, `layouts/_default/${layout}.html`), page);
  write(
    path.join(site, 'hugo.toml'),
    [
      'baseURL = "https://www.example.gov/"',
      `contentDir = ${JSON.stringify(copyAsBranches(input, path.join(site, 'content')))}`,
      'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]',
      '[markup.goldmark.renderer]',
      'unsafe = true',
      '',
    ].join('\n'),
  );
  return { command: hugo, args: ['--source', site, '--destination', output, '--quiet'] };
}

function hugoOnPath(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `input` copied to `dir`, each `index.md` as `_index.md` (a section page, as Eleventy makes it). */
function copyAsBranches(input: string, dir: string): string {
  for (const file of fs.readdirSync(input, { recursive: true }).map(String)) {
    if (!file.endsWith('.md')) continue;
    const name =
      path.basename(file) === 'index.md' ? path.join(path.dirname(file), '_index.md') : file;
    write(path.join(dir, name), fs.readFileSync(path.join(input, file), 'utf8'));
  }
  return dir;
}

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
