import { area, rule } from './rule.ts';

const MAP = 'migrations-map';

/** A legacy site's own files in migrations-map/: its .yml, which hosts it answers for, its CSVs. */
export const migrations = area('migrations', {
  MIGRATION_SITE_YAML: rule({
    title: "A legacy site's .yml is not valid YAML",
    severity: 'error',
    message: ({ detail }: { detail: string }) => `The site file is not valid YAML: ${detail}.`,
    fix: 'Fix the YAML syntax; each field goes on its own line as `name: value`.',
    example: { detail: 'Implicit map keys need to be followed by map values at line 2, column 1' },
  }),
  MIGRATION_SITE_FIELD_MISSING: rule({
    title: "A legacy site's .yml lacks a required field",
    severity: 'error',
    message: ({ field }: { field: string }) =>
      `The site has no \`${field}\`, which every legacy site needs.`,
    fix: ({ field }) => `Add \`${field}:\` to the file (see docs/migrations/guide.md).`,
    example: { field: 'host' },
  }),
  MIGRATION_SITE_FIELD_INVALID: rule({
    title: "A field of a legacy site's .yml has a wrong value",
    severity: 'error',
    message: ({ field, why }: { field: string; why: string }) => `\`${field}\` ${why}.`,
    fix: ({ field }) => `Correct \`${field}\`.`,
    example: { field: 'archive', why: 'must be an http or https URL prefix' },
  }),
  MIGRATION_SITE_FIELD_UNKNOWN: rule({
    title: "A legacy site's .yml has a field the build does not know",
    severity: 'warning',
    message: ({ field }: { field: string }) => `\`${field}\` is not a site field and is ignored.`,
    fix: 'Use host, aliases, department, homepage, language, archive, query_params, global, rules or live.',
    example: { field: 'hostname' },
  }),
  MIGRATION_UNKNOWN_DEPARTMENT: rule({
    title: 'A legacy site names a department that does not exist',
    severity: 'error',
    message: ({ slug }: { slug: string }) =>
      `Department "${slug}" does not exist: there is no content/${slug}/_department.yml.`,
    fix: 'Use the folder name of a department in content/.',
    example: { slug: 'tax-ofice' },
  }),
  MIGRATION_HOMEPAGE_NOT_PUBLISHED: rule({
    title: "A legacy site's homepage is not published",
    severity: 'error',
    message: ({ path }: { path: string }) =>
      `The homepage ${path} is not a page the build publishes, so the old site's "/" would lead nowhere.`,
    fix: 'Use a published site path, e.g. the department page /departments/<slug>/.',
    example: { path: '/departments/tax-ofice/' },
  }),
  MIGRATION_LANGUAGE_NOT_DECLARED: rule({
    title: "A legacy site's language is not one of the site's",
    severity: 'error',
    message: ({ lang, languages }: { lang: string; languages: string[] }) =>
      `The old site is in "${lang}", which is not a language of the site (${languages.join(', ')}), so its 410 and 404 pages would have no labels in it.`,
    fix: ({ lang }) =>
      `Add ${lang} under \`languages:\` in content/_data/site.yml, with a strings file layouts/strings/${lang}.yml, or correct \`language:\`.`,
    example: { lang: 'ga', languages: ['en', 'cy'] },
  }),
  MIGRATION_DEPARTMENT_NOT_NAMED: rule({
    title: "A legacy site's department has no name in the site's language",
    severity: 'error',
    message: ({ slug, lang }: { slug: string; lang: string }) =>
      `The old site is in "${lang}", but the department ${slug} has no name in "${lang}", so its 410 and 404 pages would print it in English.`,
    fix: ({ slug, lang }) =>
      `Add \`translations: { ${lang}: { name: ... } }\` to content/${slug}/_department.yml.`,
    example: { slug: 'transport-department', lang: 'cy' },
  }),
  MIGRATION_OWN_HOST: rule({
    title: "A legacy site declares this site's own host",
    severity: 'error',
    message: ({ host }: { host: string }) =>
      `${host} is this site's own host, so it cannot be a legacy host.`,
    fix: "Remove it; old paths on this domain go in a page's legacy_urls as paths.",
    example: { host: 'www.example.gov' },
  }),
  MIGRATION_HOST_CONFLICT: rule({
    title: 'Two legacy sites declare one host',
    severity: 'error',
    message: ({ host, other }: { host: string; other: string }) =>
      `${host} is also declared by ${other}; a host belongs to one legacy site.`,
    fix: 'Keep the host in one site file and remove it from the other.',
    example: { host: 'www.oldtax.gov.uk', other: `${MAP}/oldtax.yml` },
  }),
  MIGRATION_ORPHAN_FILE: rule({
    title: 'A mappings or hits file belongs to no legacy site',
    severity: 'error',
    message: ({ id }: { id: string }) =>
      `There is no ${MAP}/${id}.yml, so this file belongs to no legacy site.`,
    fix: ({ id }) => `Add ${MAP}/${id}.yml or rename the file to match an existing site.`,
    example: { id: 'oldtx' },
  }),
  MIGRATION_ALLOWED_HOST_INVALID: rule({
    title: 'A line of allowed-hosts.txt is not a host name',
    severity: 'error',
    message: ({ line }: { line: string }) => `"${line}" is not a host name.`,
    fix: 'Write one host per line, e.g. services.example.gov, without a scheme or path.',
    example: { line: 'https://services.example.gov/apply' },
  }),
  MIGRATION_CSV_HEADER: rule({
    title: 'A CSV file lacks a column',
    severity: 'error',
    message: ({ missing }: { missing: readonly string[]; expected: string }) =>
      `The header row has no ${missing.join(', ')} column, so no row of this file was read.`,
    fix: ({ expected }) => `Make the first row \`${expected}\`.`,
    example: { missing: ['new_url'], expected: 'old_url,new_url,status' },
  }),
  MIGRATION_CSV_SYNTAX: rule({
    title: 'A CSV file cannot be read',
    severity: 'error',
    message: ({ detail }: { detail: string }) => `The CSV cannot be read here: ${detail}.`,
    fix: 'Check the quotes on this line: a field that starts with " must end with ".',
    example: { detail: 'a quoted field is never closed' },
  }),
  MIGRATION_MALFORMED_ROW: rule({
    title: 'A CSV row does not have the fields it needs',
    severity: 'error',
    message: ({ why }: { why: string; expected: string }) => `The row is malformed: ${why}.`,
    fix: ({ expected }) => `Write the row as \`${expected}\`; quote a field that contains a comma.`,
    example: { why: 'it has 4 fields, the header has 3', expected: 'old_url,new_url,status' },
  }),
  MIGRATION_ARCHIVE_URL_INVALID: rule({
    title: "A mapping's archive_url is not a web address",
    severity: 'error',
    message: ({ url }: { url: string }) =>
      `archive_url "${url}" is not an http or https URL, so the 410 page cannot link to it.`,
    fix: 'Write the full address of the archived copy, e.g. https://webarchive.nationalarchives.gov.uk/ukgwa/20130129084240/http://www.oldsite.gov.uk/about.html, or leave it empty to link to the site archive.',
    example: { url: 'webarchive.example.org/about.html' },
  }),
  MIGRATION_RULE_INVALID: rule({
    title: "A rule of a legacy site's .yml is not one the build can serve",
    severity: 'error',
    message: ({ rule, why }: { rule: number; why: string; fix: string }) => `Rule ${rule} ${why}.`,
    fix: ({ fix }) => fix,
    example: {
      rule: 2,
      why: 'has status 301 but no new_url',
      fix: 'Add `new_url:` with the page the URLs go to, or make it `status: 410`.',
    },
  }),
  MIGRATION_RULE_REGEX: rule({
    title: "A rule's regular expression is not one nginx can use",
    severity: 'error',
    message: ({ rule, match, why }: { rule: number; match: string; why: string }) =>
      `Rule ${rule}'s match '${match}' is not a regular expression nginx can use: ${why}.`,
    fix: 'Correct it: rules are PCRE, as nginx reads them, e.g. `^/r4d/(.*)$`. A lookbehind must have a fixed length, and escapes JavaScript and PCRE read alike (\\d, \\w, \\s, \\.) are the safe ones.',
    example: { rule: 1, match: '^/news/(.*', why: 'Unterminated group' },
  }),
  MIGRATION_RULE_CAPTURE: rule({
    title: "A rule's new_url uses a capture its regular expression does not have",
    severity: 'error',
    message: ({ rule, capture, groups }: { rule: number; capture: string; groups: number }) =>
      `Rule ${rule}'s new_url uses ${capture}, but its match has ${groups === 0 ? 'no capture groups' : groups === 1 ? 'one capture group ($1)' : `${groups} capture groups ($1 to $${groups})`}.`,
    fix: 'Use a capture the match has, or add a group in brackets, e.g. `^/r4d/(.*)$` gives $1.',
    example: { rule: 1, capture: '$2', groups: 1 },
  }),
  MIGRATION_RULE_SHADOWS_MAPPINGS: rule({
    title: 'A rule tried before the mappings answers URLs that have mappings',
    severity: 'error',
    message: ({ rule, count, url, at }: { rule: number; count: number; url: string; at: string }) =>
      `Rule ${rule} has before_mappings: true and answers ${count === 1 ? 'a mapped URL' : `${count} mapped URLs`}, so ${count === 1 ? 'its mapping is' : 'their mappings are'} never used: ${url} (${at})${count > 1 ? ' and others' : ''}.`,
    fix: 'Drop before_mappings so the mappings win, narrow the rule, or remove the mappings it answers.',
    example: {
      rule: 1,
      count: 3,
      url: 'http://www.oldsite.gov.uk/news/2014/budget.html',
      at: 'migrations-map/oldsite.csv:12',
    },
  }),
});
