/**
 * Every problem the migrations map can have, as a catalogue: a stable code, a message that says
 * what happened and why, and a fix. Codes never change once published.
 */
import { error, type Location, warning } from '../report/diagnostic.ts';

const MAP = 'migrations-map';

export const problems = {
  siteYaml: (at: Location, detail: string) =>
    error(
      'MIGRATION_SITE_YAML',
      at,
      `The site file is not valid YAML: ${detail}.`,
      'Fix the YAML syntax; each field goes on its own line as `name: value`.',
    ),
  siteFieldMissing: (at: Location, field: string) =>
    error(
      'MIGRATION_SITE_FIELD_MISSING',
      at,
      `The site has no \`${field}\`, which every legacy site needs.`,
      `Add \`${field}:\` to the file (see ${MAP}/README.md).`,
    ),
  siteFieldInvalid: (at: Location, field: string, why: string) =>
    error('MIGRATION_SITE_FIELD_INVALID', at, `\`${field}\` ${why}.`, `Correct \`${field}\`.`),
  siteFieldUnknown: (at: Location, field: string) =>
    warning(
      'MIGRATION_SITE_FIELD_UNKNOWN',
      at,
      `\`${field}\` is not a site field and is ignored.`,
      'Use host, aliases, department, homepage, archive or query_params.',
    ),
  unknownDepartment: (at: Location, slug: string) =>
    error(
      'MIGRATION_UNKNOWN_DEPARTMENT',
      at,
      `Department "${slug}" does not exist: there is no content/${slug}/_department.yml.`,
      'Use the folder name of a department in content/.',
    ),
  homepageNotPublished: (at: Location, path: string) =>
    error(
      'MIGRATION_HOMEPAGE_NOT_PUBLISHED',
      at,
      `The homepage ${path} is not a page the build publishes, so the old site's "/" would lead nowhere.`,
      'Use a published site path, e.g. the department page /departments/<slug>/.',
    ),
  ownHost: (at: Location, host: string) =>
    error(
      'MIGRATION_OWN_HOST',
      at,
      `${host} is this site's own host, so it cannot be a legacy host.`,
      "Remove it; old paths on this domain go in a page's legacy_urls as paths.",
    ),
  hostConflict: (at: Location, host: string, other: string) =>
    error(
      'MIGRATION_HOST_CONFLICT',
      at,
      `${host} is also declared by ${other}; a host belongs to one legacy site.`,
      'Keep the host in one site file and remove it from the other.',
    ),
  orphanFile: (at: Location, id: string) =>
    error(
      'MIGRATION_ORPHAN_FILE',
      at,
      `There is no ${MAP}/${id}.yml, so this file belongs to no legacy site.`,
      `Add ${MAP}/${id}.yml or rename the file to match an existing site.`,
    ),
  csvHeader: (at: Location, missing: string[], expected: string) =>
    error(
      'MIGRATION_CSV_HEADER',
      at,
      `The header row has no ${missing.join(', ')} column, so no row of this file was read.`,
      `Make the first row \`${expected}\`.`,
    ),
  csvSyntax: (at: Location, detail: string) =>
    error(
      'MIGRATION_CSV_SYNTAX',
      at,
      `The CSV cannot be read here: ${detail}.`,
      'Check the quotes on this line: a field that starts with " must end with ".',
    ),
  malformedRow: (at: Location, why: string, expected: string) =>
    error(
      'MIGRATION_MALFORMED_ROW',
      at,
      `The row is malformed: ${why}.`,
      `Write the row as \`${expected}\`; quote a field that contains a comma.`,
    ),
  invalidOldUrl: (at: Location, url: string, why: string) =>
    error(
      'MIGRATION_INVALID_OLD_URL',
      at,
      `The old URL "${url}" cannot be used: ${why}.`,
      'Write the full old URL, e.g. http://www.oldsite.gov.uk/about.html.',
    ),
  unknownStatus: (at: Location, status: string) =>
    error(
      'MIGRATION_UNKNOWN_STATUS',
      at,
      `Status "${status}" is not one the legacy server answers with.`,
      'Use 301 (redirect to new_url) or 410 (gone, with new_url empty).',
    ),
  missingTarget: (at: Location) =>
    error(
      'MIGRATION_MISSING_TARGET',
      at,
      'The row redirects (301) but has no new_url.',
      'Add the new site path, or use status 410 if the content is gone.',
    ),
  goneWithTarget: (at: Location, target: string) =>
    error(
      'MIGRATION_GONE_WITH_TARGET',
      at,
      `The row is gone (410) but has a new_url, ${target}, that would never be used.`,
      'Empty new_url, or use status 301 to redirect there.',
    ),
  invalidTarget: (at: Location, target: string) =>
    error(
      'MIGRATION_INVALID_TARGET',
      at,
      `new_url "${target}" is neither a site path nor an http or https URL.`,
      'Use a site path like /vat/register/ or a full URL on an allowed host.',
    ),
  targetNotPublished: (at: Location, target: string, hint: string) =>
    error(
      'MIGRATION_TARGET_NOT_PUBLISHED',
      at,
      `${target} is not a page the build publishes, so the redirect would lead to a 404.${hint}`,
      'Redirect to a published page, or publish the page first.',
    ),
  targetHostNotAllowed: (at: Location, target: string, host: string) =>
    error(
      'MIGRATION_TARGET_HOST_NOT_ALLOWED',
      at,
      `${target} is on ${host}, which is not in ${MAP}/allowed-hosts.txt.`,
      `Redirect to this site, or add ${host} to ${MAP}/allowed-hosts.txt if it is a trusted service.`,
    ),
  unknownHost: (at: Location, url: string, host: string) =>
    error(
      'MIGRATION_UNKNOWN_HOST',
      at,
      `The old URL ${url} is on ${host}, which no legacy site declares.`,
      `Add ${host} to the host or aliases of a site in ${MAP}/, or correct the URL.`,
    ),
  oldUrlOwnHost: (at: Location, url: string) =>
    error(
      'MIGRATION_OLD_URL_OWN_HOST',
      at,
      `The old URL ${url} is on this site's own host, which the legacy server does not answer.`,
      'Put the old path in the legacy_urls of the page that replaces it.',
    ),
  oldPathPublished: (at: Location, path: string) =>
    error(
      'MIGRATION_OLD_PATH_PUBLISHED',
      at,
      `The old path ${path} is a page the build publishes, so a redirect from it would hide that page.`,
      'Remove it from legacy_urls, or move the page.',
    ),
  duplicate: (at: Location, key: string, first: Location) =>
    error(
      'MIGRATION_DUPLICATE_OLD_URL',
      at,
      `The old URL ${key} is also mapped at ${first.file}:${first.line}, to a different target.`,
      'Keep one mapping for the URL and delete the other.',
    ),
  chain: (at: Location, via: string, end: string) =>
    warning(
      'MIGRATION_CHAIN',
      at,
      `The redirect goes to ${via}, which redirects again; it was collapsed to ${end}.`,
      `Point new_url at ${end} directly.`,
    ),
  loop: (at: Location, cycle: string[]) =>
    error(
      'MIGRATION_LOOP',
      at,
      `The redirects form a loop: ${cycle.join(' -> ')}.`,
      'Point one of them at a published page.',
    ),
  targetUnmapped: (at: Location, target: string) =>
    error(
      'MIGRATION_TARGET_UNMAPPED',
      at,
      `${target} is an old URL that is not mapped itself, so the redirect would lead nowhere.`,
      'Redirect to the published page directly.',
    ),
  invalidHits: (at: Location, value: string) =>
    error(
      'MIGRATION_INVALID_HITS',
      at,
      `hits "${value}" is not a whole number.`,
      'Write the number of hits as digits only, e.g. 1520.',
    ),
  hitsOtherSite: (at: Location, url: string, id: string) =>
    warning(
      'MIGRATION_HITS_OTHER_SITE',
      at,
      `${url} is not on a host of ${id}, so its hits are not counted.`,
      `Move the row to the hits file of the site that owns the host.`,
    ),
  allowedHostInvalid: (at: Location, line: string) =>
    error(
      'MIGRATION_ALLOWED_HOST_INVALID',
      at,
      `"${line}" is not a host name.`,
      'Write one host per line, e.g. services.example.gov, without a scheme or path.',
    ),
};
