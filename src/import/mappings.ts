/**
 * The old host's migration files: `<site>.yml` (the host, its department, the homepage and a 410
 * with the archive for whatever nothing else answers) and `<site>.csv` for the old URLs of what
 * was not imported as a page. Imported pages carry their own old URLs in `legacy_urls`, so each
 * old URL has one mapping, in the file a person edits when that page moves again.
 */
import { stringify } from 'yaml';
import type { TopicMap } from './front-matter.ts';
import { pathKey } from './links.ts';
import { type ImportNote, note } from './notes.ts';
import { slug } from './slug.ts';
import type { SourceListing } from './source.ts';

export interface MappingRow {
  old_url: string;
  new_url: string;
  status: 301 | 410;
}

export interface MappingInput {
  host: string;
  department: string;
  archive?: string;
  listings: readonly SourceListing[];
  /** Every tag the imported pages carry. */
  tags: ReadonlySet<string>;
  topics: TopicMap;
  /** Old path key (see pathKey) to the new URL of each imported page. */
  pages: ReadonlyMap<string, string>;
  /** How many posts the old site had, for its listings' page count. */
  posts: number;
}

export function siteFile(input: Pick<MappingInput, 'host' | 'department' | 'archive'>): string {
  const site: Record<string, unknown> = {
    host: input.host,
    department: input.department,
    homepage: `/departments/${input.department}/`,
  };
  if (input.archive) site.archive = input.archive;
  return `# Written by npm run import from the old site's source. Edit freely: a new import keeps your edits.\n${stringify(site)}`;
}

export function mappingRows(input: MappingInput): { rows: MappingRow[]; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const home = `/departments/${input.department}/`;
  const rows = new Map<string, MappingRow>();
  const add = (oldPath: string, newUrl: string | undefined) => {
    const old = `https://${input.host}${encodeURI(safeDecode(oldPath))}`;
    if (!rows.has(pathKey(oldPath)) && !input.pages.has(pathKey(oldPath)) && oldPath !== '/') {
      rows.set(pathKey(oldPath), {
        old_url: old,
        new_url: newUrl ?? '',
        status: newUrl ? 301 : 410,
      });
    }
  };
  const tagAnswer = (tag: string) => {
    const topic = input.topics.get(tag.toLowerCase());
    return topic ? `/topics/${topic}/` : undefined;
  };
  for (const tag of [...input.tags].sort()) add(`/tags/${slug(tag)}/`, tagAnswer(tag));
  for (const listing of input.listings) {
    if (listing.kind === 'redirect') {
      const to = listing.value ?? '';
      if (/^https?:\/\//.test(to) && !to.includes(`//${input.host}/`)) {
        notes.push(
          note(
            'guess',
            listing.file ?? '',
            1,
            `The old site sent ${listing.oldPath} to ${to}: it is 410 here. To keep that redirect, add the host to migrations-map/allowed-hosts.txt and make the row a 301.`,
          ),
        );
        add(listing.oldPath, undefined);
      } else {
        const target = to.replace(/^https?:\/\/[^/]+/, '');
        add(
          listing.oldPath,
          input.pages.get(pathKey(target)) ?? rows.get(pathKey(target))?.new_url ?? home,
        );
      }
    } else if (listing.kind === 'tag' || listing.kind === 'listing') {
      add(listing.oldPath, home);
      // A listing's further pages (`/blog/page/2/`...), as many as the old site's posts filled.
      const last = listing.value && listing.size ? Math.ceil(input.posts / listing.size) : 0;
      for (let n = 2; n <= last; n++) add(`${listing.value}${n}/`, home);
    } else if (listing.oldPath) add(listing.oldPath, undefined);
  }
  return { rows: [...rows.values()].sort((a, b) => a.old_url.localeCompare(b.old_url)), notes };
}

/** Old paths as the source wrote them (`/tags/demo day/`), encoded once for a URL. */
const safeDecode = (p: string) => {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
};

const csvField = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export const mappingsCsv = (rows: readonly MappingRow[]) =>
  `${[
    'old_url,new_url,status',
    ...rows.map((r) => [r.old_url, r.new_url, String(r.status)].map(csvField).join(',')),
  ].join('\n')}\n`;
