/** The few fields of `migrations-map/<id>.yml` the hits count needs: hosts and query keys. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { MAP_DIR } from '../sites.ts';

export interface HitsSite {
  id: string;
  host: string;
  /** The host and its aliases, lowercase. */
  hosts: Set<string>;
  queryParams: string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => String(item).trim()) : [];

/** The site, or what is wrong: no such site (naming the ones there are), or no host. */
export function readHitsSite(root: string, id: string): HitsSite | { problem: string } {
  const dir = path.join(root, MAP_DIR);
  const file = path.join(dir, `${id}.yml`);
  if (!fs.existsSync(file)) {
    const ids = fs.existsSync(dir)
      ? fs.readdirSync(dir).filter((name) => name.endsWith('.yml'))
      : [];
    const known = ids.map((name) => name.slice(0, -4)).join(', ') || 'none';
    return { problem: `There is no legacy site "${id}" (${MAP_DIR}/${id}.yml). Sites: ${known}.` };
  }
  let data: Record<string, unknown>;
  try {
    data = (parse(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  } catch (error) {
    return { problem: `${MAP_DIR}/${id}.yml is not valid YAML: ${(error as Error).message}` };
  }
  const host = String(data.host ?? '')
    .trim()
    .toLowerCase();
  if (host === '') return { problem: `${MAP_DIR}/${id}.yml has no host; run npm run check.` };
  const aliases = strings(data.aliases).map((alias) => alias.toLowerCase());
  return { id, host, hosts: new Set([host, ...aliases]), queryParams: strings(data.query_params) };
}
