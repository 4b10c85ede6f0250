/**
 * What a Hugo site's configuration says about where it served its pages: its content and static
 * folders, the `[permalinks]` of each section, its taxonomies and how many pages a list held.
 * Hugo reads `hugo.toml` first, then `config.toml`, in TOML, YAML or JSON, or the same names in
 * `config/_default/`; this reads them the same way, and only these settings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

export interface HugoConfig {
  contentDir: string;
  staticDir: string;
  /** Section (`posts`) or taxonomy (`tags`) to the pattern of its pages (`/:year/:month/:title/`). */
  permalinks: Record<string, string>;
  /** Plural names of the taxonomies, as their URLs use them (`tags`, `categories`). */
  taxonomies: string[];
  pagerSize: number;
  /** Hugo lowercases the URLs it makes unless told not to. */
  lowercase: boolean;
}

const NAMES = ['hugo', 'config'].flatMap((n) =>
  ['toml', 'yaml', 'yml', 'json'].map((e) => `${n}.${e}`),
);

/** The site's configuration file, relative to its folder, if it has one. */
export function hugoConfigFile(folder: string): string | undefined {
  return ['', 'config/_default/']
    .flatMap((dir) => NAMES.map((name) => `${dir}${name}`))
    .find((file) => fs.existsSync(path.join(folder, file)));
}

const parsers: Record<string, (text: string) => unknown> = {
  '.toml': parseToml,
  '.yaml': parseYaml,
  '.yml': parseYaml,
  '.json': JSON.parse,
};

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const text = (value: unknown, otherwise: string) =>
  typeof value === 'string' && value ? value : otherwise;

export function readHugoConfig(folder: string): HugoConfig {
  const file = hugoConfigFile(folder);
  const data = file
    ? record(parsers[path.extname(file)]!(fs.readFileSync(path.join(folder, file), 'utf8')))
    : {};
  // Keys are case-insensitive in Hugo's configuration: `baseURL` and `baseurl` are one key.
  const setting = (name: string) =>
    Object.entries(data).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  const permalinks = record(setting('permalinks'));
  // Since Hugo 0.119, `[permalinks.page]` and `[permalinks.term]` hold the patterns of regular
  // pages and of taxonomies' terms; before, one table held both, by section or taxonomy.
  const split = { ...record(permalinks.term), ...record(permalinks.page) };
  const patterns = Object.keys(split).length ? split : permalinks;
  const taxonomies = setting('taxonomies');
  return {
    contentDir: text(setting('contentDir'), 'content'),
    staticDir: text(setting('staticDir'), 'static'),
    permalinks: Object.fromEntries(
      Object.entries(patterns).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    ),
    taxonomies:
      taxonomies === undefined
        ? ['tags', 'categories']
        : Object.values(record(taxonomies)).map(String),
    pagerSize: Number(record(setting('pagination')).pagerSize ?? setting('paginate') ?? 10),
    lowercase: setting('disablePathToLower') !== true,
  };
}
