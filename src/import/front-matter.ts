/**
 * A source page's front matter as ours: title, description, published, changes, type, topics and
 * legacy_urls. Tags reach topics only through the team's mapping file; a tag it does not name is
 * counted for the report, never turned into a topic silently.
 */
import { firstParagraph, plainText, shortDescription } from './description.ts';
import { type ImportNote, note } from './notes.ts';
import type { SourcePage } from './source.ts';

/** `--topics map.yml`: a tag (any case) to a topic slug, or null to drop it on purpose. */
export type TopicMap = ReadonlyMap<string, string | null>;

export interface FrontMatterContext {
  /** The old site's host, e.g. `18f.gsa.gov`. */
  host: string;
  topics: TopicMap;
  /** YYYY-MM-DD: what `published` becomes for a page the source never dated. */
  today: string;
}

export interface MappedFrontMatter {
  data: Record<string, unknown>;
  notes: ImportNote[];
  /** The page's tags the mapping file does not name. */
  unmappedTags: string[];
}

export function frontMatterOf(page: SourcePage, context: FrontMatterContext): MappedFrontMatter {
  const notes: ImportNote[] = [];
  const guess = (message: string) => notes.push(note('guess', page.file, 1, message));
  const title = plainText(page.title) || headingOf(page.body) || page.name.split('/').pop()!;
  if (!page.title)
    guess(`It has no title: "${title}" is taken from its first heading or file name.`);
  const summary = plainText(page.summary ?? '') || firstParagraph(page.body);
  const description = shortDescription(summary || title);
  if (!summary) guess('It has no summary or paragraph of text: its title is its description.');
  const published = page.date ?? context.today;
  if (!page.date) guess(`It has no date: published is set to ${published}, the day of the import.`);
  const topics: string[] = [];
  const unmappedTags: string[] = [];
  for (const tag of page.tags) {
    const topic = context.topics.get(tag.toLowerCase());
    if (topic) topics.push(topic);
    else if (topic === undefined) unmappedTags.push(tag);
  }
  const data: Record<string, unknown> = {
    title,
    description,
    published,
    type: page.kind === 'post' ? 'news' : 'page',
  };
  if (page.updated && page.updated > published) {
    data.changes = [{ date: page.updated, note: `Updated on ${context.host}.` }];
  }
  if (topics.length) data.topics = [...new Set(topics)];
  data.legacy_urls = [...new Set([page.oldPath, ...page.aliases])].map(
    (p) => `https://${context.host}${p}`,
  );
  return { data, notes, unmappedTags };
}

const headingOf = (body: string) => plainText(/^#{1,3}\s+(.+)$/m.exec(body)?.[1] ?? '');
