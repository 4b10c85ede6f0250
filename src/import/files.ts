/**
 * The old site's images and documents, copied beside the pages that use them: a page's files go
 * in a folder named like the page (`blog/29-minutes.md` -> `blog/29-minutes/chart.png`), an index
 * page's in its own folder. A file the site would refuse (a PNG named .jpg, an SVG with script,
 * an unknown type) is not copied: it stays on the old site and the report names it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileUrlFromPath } from '../content/urls.ts';
import { checkFileBytes } from '../files/file-types.ts';
import { checkSvg } from '../files/svg.ts';

/** Copies to make: path in content/ to the source file it copies. */
export type FilePlan = Map<string, string>;

/** Where a page's files go, in content/ (`gsa-18f/blog/29-minutes`), and the link's prefix from the page. */
export function filesFolder(pageFile: string): { folder: string; prefix: string } {
  const stem = pageFile.replace(/\.md$/, '');
  if (path.posix.basename(stem) === 'index')
    return { folder: path.posix.dirname(stem), prefix: '' };
  return { folder: stem, prefix: `${path.posix.basename(stem)}/` };
}

/** The source file an old path names, if it is there. */
export function sourceFileOf(fileRoot: string, oldPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(oldPath);
  } catch {
    return undefined;
  }
  const file = path.join(fileRoot, decoded);
  if (!file.startsWith(fileRoot)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/** Plans the copy of `source` for the page at `pageFile`; returns the link to write in the page. */
export function planCopy(plan: FilePlan, pageFile: string, source: string): string {
  const { folder, prefix } = filesFolder(pageFile);
  const name = fileUrlFromPath(path.basename(source)).slice(1);
  const dot = name.lastIndexOf('.');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
    const at = path.posix.join(folder, candidate);
    if (!plan.has(at) || plan.get(at) === source) {
      plan.set(at, source);
      return `${prefix}${candidate}`;
    }
  }
}

/** Why the site would refuse each of `files`, by file; files it takes are left out. */
export async function refusedFiles(files: Iterable<string>): Promise<Map<string, string>> {
  const refused = new Map<string, string>();
  for (const file of new Set(files)) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const name = path.basename(file);
    const problems = [
      ...(await checkFileBytes(name, bytes)).diagnostics,
      ...(name.toLowerCase().endsWith('.svg')
        ? checkSvg(name, Buffer.from(bytes).toString('utf8'))
        : []),
    ].filter((d) => d.severity === 'error');
    if (problems.length) refused.set(file, problems[0]!.message);
  }
  return refused;
}
