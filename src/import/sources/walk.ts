import fs from 'node:fs';

/** Files under `folder` whose names match, skipping dot folders and folders named `skip`. */
export function listFiles(folder: string, wanted: RegExp, skip: RegExp): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const dir = rel ? `${folder}/${rel}` : folder;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !skip.test(entry.name)) walk(name);
      } else if (wanted.test(entry.name)) out.push(name);
    }
  };
  walk('');
  return out.sort();
}
