/**
 * The old URLs of the lists Hugo made itself, which are not pages of ours but still need an
 * answer: each section's list (and its further pages) and feed, each taxonomy's list of terms and
 * each term's list, at the term's pattern from `[permalinks]` when the site set one.
 */
import { slug } from '../slug.ts';
import type { SourceListing } from '../source.ts';
import type { HugoConfig } from './hugo-config.ts';
import { hugoPermalink } from './hugo-permalinks.ts';

/** The lists Hugo made: each section's pages and feed, each taxonomy's terms. */
export function hugoListings(
  sections: Set<string>,
  terms: Map<string, Set<string>>,
  config: HugoConfig,
): SourceListing[] {
  const out: SourceListing[] = [];
  for (const section of sections)
    out.push(
      {
        oldPath: `/${section}/`,
        kind: 'listing',
        value: `/${section}/page/`,
        size: config.pagerSize,
      },
      { oldPath: `/${section}/index.xml`, kind: 'feed' },
    );
  for (const [taxonomy, seen] of terms) {
    if (!seen.size) continue;
    out.push({ oldPath: `/${taxonomy}/`, kind: 'tag' });
    const pattern = config.permalinks[taxonomy];
    for (const term of seen) {
      const page = { sections: [taxonomy], filename: slug(term), title: term, slug: term };
      const at = (pattern && hugoPermalink(pattern, page)) ?? `/${taxonomy}/${slug(term)}/`;
      out.push({ oldPath: config.lowercase ? at.toLowerCase() : at, kind: 'tag', value: term });
    }
  }
  return out;
}
