import fs from 'node:fs';
import path from 'node:path';

export interface SourceFile {
  /** Relative to the project root, forward slashes. */
  file: string;
  text: string;
}

export interface ContentFiles {
  site?: SourceFile;
  topics?: SourceFile;
  departments: Array<{ slug: string; file: string; text?: string }>;
  pages: Array<SourceFile & { department: string; pathInDepartment: string }>;
  /** Images and documents beside the pages: listed here, read by the files stage (src/files). */
  assets: Array<{ file: string; department: string; pathInDepartment: string }>;
}

/** Reads `content/` into memory: the only part of loading that touches the disk. */
export function readContentFiles(root: string, contentDir = 'content'): ContentFiles {
  const base = path.join(root, contentDir);
  const read = (rel: string): SourceFile | undefined => {
    const abs = path.join(root, rel);
    return fs.existsSync(abs) ? { file: rel, text: fs.readFileSync(abs, 'utf8') } : undefined;
  };
  const files: ContentFiles = {
    site: read(`${contentDir}/_data/site.yml`),
    topics: read(`${contentDir}/_data/topics.yml`),
    departments: [],
    pages: [],
    assets: [],
  };
  const entries = fs.existsSync(base) ? fs.readdirSync(base, { withFileTypes: true }) : [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const slug = entry.name;
    const departmentFile = `${contentDir}/${slug}/_department.yml`;
    files.departments.push({ slug, file: departmentFile, text: read(departmentFile)?.text });
    for (const rel of filesOf(path.join(base, slug))) {
      const file = `${contentDir}/${slug}/${rel}`;
      if (rel.endsWith('.md'))
        files.pages.push({
          file,
          text: fs.readFileSync(path.join(root, file), 'utf8'),
          department: slug,
          pathInDepartment: rel,
        });
      else if (!isNote(rel)) files.assets.push({ file, department: slug, pathInDepartment: rel });
    }
  }
  return files;
}

/** `_department.yml` and other data, and dotfiles (`.DS_Store`), are not published files. */
const isNote = (rel: string) =>
  rel.split('/').some((part) => part.startsWith('_') || part.startsWith('.')) ||
  rel.endsWith('.yml') ||
  rel.endsWith('.yaml');

function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
