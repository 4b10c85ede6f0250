/** The plain data that flows from the loaders, through validation, to the writers. */
import type { NormalisedUrl } from './normalise.ts';

export interface MigrationInputs {
  /** Project root; `<root>/migrations-map/` is read. */
  root: string;
  /** site.yml `url`, e.g. `https://www.example.gov` (may have a path prefix). */
  siteUrl: string;
  /** Every site path the build publishes, e.g. `/vat/register/`. */
  publishedPaths: ReadonlySet<string>;
  /** Published site path -> its title, for the coverage report's suggested targets. */
  publishedTitles?: ReadonlyMap<string, string>;
  /** Department slug -> name, and its names in the site's other languages. */
  departments: ReadonlyMap<
    string,
    { name: string; translations?: Record<string, { name?: string }> }
  >;
  /** The site's languages: code -> URL prefix (`/` for the default, `/cymraeg/`); default: none. */
  languages?: ReadonlyMap<string, string>;
  /** Pages' front matter `legacy_urls`; `target` is that page's site path. */
  pageLegacyUrls: ReadonlyArray<{ url: string; target: string; file: string; line: number }>;
}

export interface LegacySite {
  /** The shared file name, e.g. `taxoffice` for `taxoffice.yml`. */
  id: string;
  /** `migrations-map/<id>.yml`. */
  file: string;
  host: string;
  aliases: string[];
  department: string;
  /** The department's name in the site's `language`. */
  departmentName: string;
  /** The old site's language (`language:`) and its URL prefix here; none: the site's default. */
  language?: { code: string; prefix: string };
  /** A site path, e.g. `/departments/tax-office/`, or an absolute URL on an allowed host. */
  homepage: string;
  /** Archive prefix; the original old URL is appended. Empty when the site has none. */
  archive: string;
  queryParams: string[];
  /** Rules by prefix or pattern, in the order nginx tries them (before_mappings ones first). */
  rules: SiteRule[];
  /** The answer for every URL that no mapping or rule answers; null: 404. */
  global: RuleAnswer | null;
  /** Not retired yet: it gets no server block, and its URLs may be redirect targets. */
  live: boolean;
  /** Line of each field in the site file, for diagnostics raised after loading. */
  lines: Record<string, number>;
}

export type MappingStatus = 301 | 410;

/** `status: 410`, or `status: 301` with `new_url` (a site path or absolute URL, maybe with $1). */
export interface RuleAnswer {
  status: MappingStatus;
  newUrl?: string;
  line: number;
}

export interface SiteRule extends RuleAnswer {
  /** Its place in the site file's `rules`, from 1. */
  number: number;
  kind: 'prefix' | 'match';
  /** The prefix or match as written. */
  written: string;
  /** PCRE nginx matches the decoded path with (`~*`), as bytes; JavaScript reads it alike. */
  pattern: string;
  beforeMappings: boolean;
}

export interface Mapping {
  site: string;
  url: NormalisedUrl;
  status: MappingStatus;
  /** Absolute URL a 301 answers with (on the site's own url or an allowed host); null for 410. */
  target: string | null;
  file: string;
  line: number;
  /** A gone URL's own archived copy (the row's `archive_url`), linked from its 410 page. */
  archive?: string;
  /** Absolute URL of the page its 410 page suggests (the row's `suggested_url`). */
  suggested?: string;
  /** The suggested page's title, when it is a page of this site (the link's text). */
  suggestedTitle?: string;
}

export interface Hit {
  site: string;
  url: NormalisedUrl;
  hits: number;
}

/** An old path on this domain (a page's `legacy_urls` entry that is a path). */
export interface SameDomainRedirect {
  from: string;
  /** The page's site path, without the site url's path prefix. */
  to: string;
  file: string;
  line: number;
}

export interface MigrationModel {
  /** site.yml `url`, always ending in `/`. */
  siteUrl: string;
  sites: LegacySite[];
  /** Valid, resolved mappings (chains collapsed), one per canonical key. */
  mappings: Mapping[];
  /** Known URLs with traffic, one per canonical key per site (hits summed). */
  hits: Hit[];
  sameDomain: SameDomainRedirect[];
}

/** Items grouped by legacy site id, in their order: one pass, however many sites there are. */
export function bySite<T extends { site: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.site);
    if (group) group.push(item);
    else groups.set(item.site, [item]);
  }
  return groups;
}
