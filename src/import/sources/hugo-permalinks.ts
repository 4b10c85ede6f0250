/**
 * Where Hugo served a page, computed as Hugo does: `url` in its front matter, else its section's
 * pattern from `[permalinks]`, else its path in `content/` with `slug` for its last part. Only
 * the placeholders Hugo documents for pages are understood; a pattern with another is not
 * guessed at (undefined), and the page keeps its path in `content/`.
 */
import { slug as urlize } from '../slug.ts';
import { oldSiteDate } from './fields.ts';
import type { HugoConfig } from './hugo-config.ts';
import { normalPath } from './permalinks.ts';

export interface HugoPageInput {
  /** The page's folders in `content/` (`posts/2020`); a bundle's own folder is not one. */
  sections: string[];
  /** The file's name without extension, or a bundle's folder name. */
  filename: string;
  /** YYYY-MM-DD, as the page's date is written. */
  date?: string;
  title: string;
  /** The page's `slug`, if it sets one. */
  slug?: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export function hugoPermalink(pattern: string, input: HugoPageInput): string | undefined {
  const [year, month, day] = input.date?.split('-') ?? [];
  const values: Record<string, string | undefined> = {
    year,
    month,
    day,
    monthname: month ? MONTHS[Number(month) - 1] : undefined,
    title: urlize(input.title) || undefined,
    slug: input.slug ? urlize(input.slug) : urlize(input.title) || undefined,
    slugorfilename: input.slug ? urlize(input.slug) : input.filename,
    filename: input.filename,
    contentbasename: input.filename,
    section: input.sections[0],
    sections: input.sections.join('/'),
  };
  let failed = false;
  const path = pattern.replace(/:([a-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) failed = true;
    return value ?? '';
  });
  return failed ? undefined : normalPath(path);
}

/** Hugo's URL for a page with no pattern: its folders, then its `slug` or its file's name. */
export const defaultHugoPath = (input: HugoPageInput) =>
  normalPath(`/${[...input.sections, input.slug ?? input.filename].join('/')}/`);

export interface HugoLocation {
  oldPath: string;
  input: HugoPageInput;
  /** A section's own page (`_index.md`), at its folder's URL. */
  isSection: boolean;
  /** The section's pattern, when it used a placeholder this import does not know. */
  unknownPattern?: string;
}

/** Where Hugo served the page at `inContent` (its path in `content/`, without extension). */
export function locateHugoPage(
  inContent: string,
  data: Record<string, unknown>,
  config: Pick<HugoConfig, 'permalinks' | 'lowercase'>,
): HugoLocation {
  const folders = inContent.split('/').slice(0, -1);
  const base = inContent.split('/').at(-1)!;
  const isSection = base === '_index';
  const input: HugoPageInput = {
    sections: base === 'index' ? folders.slice(0, -1) : folders,
    filename: base === 'index' ? (folders.at(-1) ?? 'index') : base,
    date: oldSiteDate(data.date ?? data.publishDate ?? data.pubdate),
    title: typeof data.title === 'string' ? data.title : '',
    slug: typeof data.slug === 'string' ? data.slug : undefined,
  };
  const pattern = isSection ? undefined : config.permalinks[input.sections[0] ?? ''];
  const fromPattern = pattern ? hugoPermalink(pattern, input) : undefined;
  const computed =
    typeof data.url === 'string'
      ? normalPath(data.url)
      : isSection
        ? normalPath(`/${folders.join('/')}/`)
        : (fromPattern ?? defaultHugoPath(input));
  return {
    oldPath: config.lowercase ? computed.toLowerCase() : computed,
    input,
    isSection,
    unknownPattern: pattern && !fromPattern && typeof data.url !== 'string' ? pattern : undefined,
  };
}
