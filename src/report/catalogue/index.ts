/**
 * Every diagnostic the product can report, declared once and grouped by area, in the manner of
 * Astro's error catalogue. Code that finds a problem names its entry (`report(links.LINK_BROKEN,
 * where, args)`); docs/diagnostics.md is written from here (npm run docs).
 */
import { check } from './check.ts';
import { content } from './content.ts';
import { data } from './data.ts';
import { files } from './files.ts';
import { html } from './html.ts';
import { images } from './images.ts';
import { links } from './links.ts';
import { markdown } from './markdown.ts';
import { migrations } from './migrations.ts';
import { redirects } from './redirects.ts';
import type { Entry } from './rule.ts';
import { shards } from './shards.ts';
import { style } from './style.ts';
import { urls } from './urls.ts';

export {
  check,
  content,
  data,
  files,
  html,
  images,
  links,
  markdown,
  migrations,
  redirects,
  shards,
  style,
  urls,
};

/** The areas in the order the reference page lists them: from a page's file to its redirects. */
export const AREAS = {
  content,
  data,
  markdown,
  html,
  links,
  files,
  images,
  urls,
  style,
  check,
  migrations,
  redirects,
  shards,
} as const;

/** Every entry, in reference-page order. Two areas declaring one code is a mistake caught here. */
export const ENTRIES: ReadonlyArray<Entry<never>> = Object.values(AREAS).flatMap((area) =>
  Object.values(area),
);

const codes = ENTRIES.map((e) => e.code);
const repeated = codes.filter((code, i) => codes.indexOf(code) !== i);
if (repeated.length) throw new Error(`Diagnostic codes declared twice: ${repeated.join(', ')}`);
