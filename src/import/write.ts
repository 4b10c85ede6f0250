/**
 * Writes what an import made, and only what nobody has changed since: the import records each
 * file's hash in `migrations-map/<site>.import.json`, so a second import of the same source
 * updates the files it wrote and keeps, and names, each file a person has edited since (or that
 * it did not write).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type ImportNote, note } from './notes.ts';

/** Project-relative path to what to write there: text, or the source file to copy. */
export type Outputs = Map<string, { text: string } | { copy: string }>;

export interface WriteResult {
  written: string[];
  unchanged: string[];
  notes: ImportNote[];
}

const hash = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (output: { text: string } | { copy: string }) =>
  'text' in output ? Buffer.from(output.text) : fs.readFileSync(output.copy);

export function writeOutputs(
  root: string,
  manifestFile: string,
  outputs: Outputs,
  dryRun: boolean,
): WriteResult {
  const manifestPath = path.join(root, manifestFile);
  const recorded: Record<string, string> = fs.existsSync(manifestPath)
    ? JSON.parse(fs.readFileSync(manifestPath, 'utf8')).written
    : {};
  const result: WriteResult = { written: [], unchanged: [], notes: [] };
  const manifest: Record<string, string> = {};
  for (const [file, output] of [...outputs].sort(([a], [b]) => a.localeCompare(b))) {
    const at = path.join(root, file);
    const bytes = bytesOf(output);
    const wanted = hash(bytes);
    const current = fs.existsSync(at) ? hash(fs.readFileSync(at)) : undefined;
    if (current === wanted) {
      result.unchanged.push(file);
      manifest[file] = wanted;
      continue;
    }
    if (current !== undefined && current !== recorded[file]) {
      const why = recorded[file]
        ? 'was edited since the last import'
        : 'was not written by an import';
      result.notes.push(
        note('kept', file, 0, `It ${why}, so it is kept as it is. Delete it to import it again.`),
      );
      if (recorded[file]) manifest[file] = recorded[file]!;
      continue;
    }
    manifest[file] = wanted;
    result.written.push(file);
    if (dryRun) continue;
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.writeFileSync(at, bytes);
  }
  if (!dryRun) {
    fs.mkdirSync(path.dirname(manifestPath), { recursive: true });
    fs.writeFileSync(manifestPath, `${JSON.stringify({ written: manifest }, null, 2)}\n`);
  }
  return result;
}
