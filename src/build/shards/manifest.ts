import fs from 'node:fs';
import path from 'node:path';
import type { PageLinks } from '../../links/extract.ts';
import type { LinkQuery } from '../../render/markdown/link-queries.ts';
import { shards } from '../../report/catalogue/index.ts';
import { type Diagnostic, report } from '../../report/diagnostic.ts';
import type { ShardOf } from './partition.ts';

/** What a shard knows of its pages beyond their HTML, which the merge needs for the whole site. */
export interface ShardManifest {
  shard: ShardOf;
  /** contentDigest() of what it was built from. */
  content: string;
  departments: string[];
  /** Each searchable page's search document, by file in the site folder. */
  searchDocuments: Record<string, string>;
  /** Each written page's links and ids, by file in the site folder. */
  links: Record<string, { ids: string[]; links: PageLinks['links'] }>;
  /** The links each page's Markdown rendered to, with their lines, by page file. */
  renderedLinks: Record<string, Array<{ href: string; line: number }>>;
  /** What each page's Markdown asked of the link targets, by page file (for the render cache). */
  linkQueries: Record<string, LinkQuery[]>;
  /** The files beside the pages each page uses, by page file. */
  usedFiles: Record<string, string[]>;
  /** What the render found in the shard's pages. */
  diagnostics: Diagnostic[];
}

/** A shard's folder, e.g. `_shards/2-of-3/`: its pages under `site/`, its manifest beside them. */
export const shardFolder = (root: string, shard: ShardOf) =>
  path.join(root, '_shards', `${shard.index}-of-${shard.count}`);
export const MANIFEST = 'shard.json';

/** A shard folder given to the merge, read, or the reason it cannot be used. */
export function readShard(root: string, folder: string): ShardManifest | Diagnostic {
  const file = path.resolve(root, folder, MANIFEST);
  const where = { file: path.relative(root, file).split(path.sep).join('/') };
  if (!fs.existsSync(file))
    return report(shards.SHARD_UNREADABLE, where, { reason: `it has no ${MANIFEST}` });
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as ShardManifest;
  } catch (error) {
    return report(shards.SHARD_UNREADABLE, where, { reason: (error as Error).message });
  }
}

/**
 * Whether the shards given make the whole of one site: one split, every shard of it once, each
 * built from the content the merge has. Each problem names the shard's manifest.
 */
export function checkShards(
  given: ReadonlyArray<{ file: string; manifest: ShardManifest }>,
  content: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const count = given[0]?.manifest.shard.count ?? 1;
  const seen = new Set<number>();
  for (const { file, manifest } of given) {
    const { index, count: other } = manifest.shard;
    if (other !== count)
      diagnostics.push(report(shards.SHARD_SPLIT_DIFFERS, { file }, { count, other }));
    else if (seen.has(index))
      diagnostics.push(report(shards.SHARD_REPEATED, { file }, { shard: index, count }));
    else seen.add(index);
    if (manifest.content !== content)
      diagnostics.push(report(shards.SHARD_CONTENT_DIFFERS, { file }));
  }
  for (let index = 1; index <= count; index++) {
    if (!seen.has(index))
      diagnostics.push(report(shards.SHARD_MISSING, { file: '_shards' }, { shard: index, count }));
  }
  return diagnostics;
}
