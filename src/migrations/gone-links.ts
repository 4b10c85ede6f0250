/**
 * The two links a gone URL's own 410 page may carry, from the optional columns of `<site>.csv`:
 * `archive_url`, this URL's archived copy (in place of the site archive), and `suggested_url`, a
 * page "You may find this useful" points at, checked as a redirect's new_url is.
 */
import { migrations, redirects } from '../report/catalogue/index.ts';
import { type Diagnostic, type Location, report } from '../report/diagnostic.ts';
import type { Mapping } from './model.ts';
import { classifyTarget, type TargetContext } from './targets.ts';

export interface GoneLinks {
  archive?: string;
  /** A site path (`/vat/`) or an absolute URL on an allowed host. */
  suggested?: { path: string } | { url: string };
}

/** Real GOV.UK Transition exports' headers, spelled as csv.ts compares them. */
export const TRANSITION_HEADERS: Readonly<Record<string, string>> = {
  suggested_link: 'suggested_url',
  archive_link: 'archive_url',
};

export function goneLinks(
  fields: Record<string, string>,
  at: Location,
  ctx: TargetContext,
  diagnostics: Diagnostic[],
): GoneLinks {
  const links: GoneLinks = {};
  const archive = fields.archive_url ?? '';
  if (archive !== '') {
    if (/^https?:\/\/[^/\s]+/i.test(archive) && URL.canParse(archive)) links.archive = archive;
    else diagnostics.push(report(migrations.MIGRATION_ARCHIVE_URL_INVALID, at, { url: archive }));
  }
  const suggested = fields.suggested_url ?? '';
  if (suggested !== '') {
    const target = classifyTarget(suggested, at, ctx);
    if ('code' in target) diagnostics.push(target);
    else if (target.kind === 'page') links.suggested = { path: target.path };
    else if (target.kind === 'external') links.suggested = { url: target.url };
    // An old URL still redirects, so a person would land on a page that is not the one named.
    else
      diagnostics.push(
        report(redirects.MIGRATION_TARGET_NOT_PUBLISHED, at, {
          target: suggested,
          guess: undefined,
        }),
      );
  }
  return links;
}

/**
 * Mappings with the links of the row each came from (`file:line` names one row); a suggested page
 * of this site takes its title from `titles` (site path -> title) for the link's text.
 */
export function withGoneLinks(
  mappings: Mapping[],
  rows: ReadonlyArray<{ file: string; line: number; links?: GoneLinks }>,
  siteUrl: string,
  titles: ReadonlyMap<string, string> = new Map(),
): Mapping[] {
  const base = siteUrl.replace(/\/$/, '');
  const byRow = new Map(rows.filter((r) => r.links).map((r) => [`${r.file}:${r.line}`, r.links!]));
  if (byRow.size === 0) return mappings;
  return mappings.map((mapping) => {
    const links = byRow.get(`${mapping.file}:${mapping.line}`);
    if (!links) return mapping;
    const out: Mapping = { ...mapping };
    if (links.archive) out.archive = links.archive;
    if (links.suggested && 'path' in links.suggested) {
      out.suggested = base + links.suggested.path;
      const title = titles.get(links.suggested.path.replace(/[?#].*$/, ''));
      if (title) out.suggestedTitle = title;
    } else if (links.suggested) out.suggested = links.suggested.url;
    return out;
  });
}
