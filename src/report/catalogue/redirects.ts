import type { Location } from '../diagnostic.ts';
import { area, rule } from './rule.ts';

const ALLOWED_HOSTS = 'migrations-map/allowed-hosts.txt';

/** Each old URL's row, where it redirects, and the hits counted for it. */
export const redirects = area('redirects', {
  MIGRATION_INVALID_OLD_URL: rule({
    title: 'An old URL cannot be read',
    severity: 'error',
    message: ({ url, why }: { url: string; why: string }) =>
      `The old URL "${url}" cannot be used: ${why}.`,
    fix: 'Write the full old URL, e.g. http://www.oldsite.gov.uk/about.html.',
    example: { url: 'www.oldtax.gov.uk/about', why: 'it has no scheme (http:// or https://)' },
  }),
  MIGRATION_UNKNOWN_STATUS: rule({
    title: 'A row has a status the legacy server does not answer with',
    severity: 'error',
    message: ({ status }: { status: string }) =>
      `Status "${status}" is not one the legacy server answers with.`,
    fix: 'Use 301 (redirect to new_url) or 410 (gone, with new_url empty).',
    example: { status: '302' },
  }),
  MIGRATION_MISSING_TARGET: rule({
    title: 'A redirect has no new_url',
    severity: 'error',
    message: 'The row redirects (301) but has no new_url.',
    fix: 'Add the new site path, or use status 410 if the content is gone.',
    example: {},
  }),
  MIGRATION_GONE_WITH_TARGET: rule({
    title: 'A row marked gone has a new_url',
    severity: 'error',
    message: ({ target }: { target: string }) =>
      `The row is gone (410) but has a new_url, ${target}, that would never be used.`,
    fix: 'Empty new_url, or use status 301 to redirect there.',
    example: { target: '/vat/' },
  }),
  MIGRATION_INVALID_TARGET: rule({
    title: 'A new_url is neither a site path nor a web address',
    severity: 'error',
    message: ({ target }: { target: string }) =>
      `new_url "${target}" is neither a site path nor an http or https URL.`,
    fix: 'Use a site path like /vat/register/ or a full URL on an allowed host.',
    example: { target: 'vat/register' },
  }),
  MIGRATION_TARGET_NOT_PUBLISHED: rule({
    title: 'A redirect leads to a page that is not published',
    severity: 'error',
    message: ({ target, guess }: { target: string; guess?: string }) =>
      `${target} is not a page the build publishes, so the redirect would lead to a 404.${guess ? ` Did you mean ${guess}?` : ''}`,
    fix: 'Redirect to a published page, or publish the page first.',
    example: { target: '/vat/registr/', guess: '/vat/register/' },
  }),
  MIGRATION_TARGET_HOST_NOT_ALLOWED: rule({
    title: 'A redirect leads to a host that is not allowed',
    severity: 'error',
    message: ({ target, host }: { target: string; host: string }) =>
      `${target} is on ${host}, which is not in ${ALLOWED_HOSTS}.`,
    fix: ({ host }) =>
      `Redirect to this site, or add ${host} to ${ALLOWED_HOSTS} if it is a trusted service.`,
    example: { target: 'https://forms.example.com/apply', host: 'forms.example.com' },
  }),
  MIGRATION_UNKNOWN_HOST: rule({
    title: 'An old URL is on a host no legacy site declares',
    severity: 'error',
    message: ({ url, host }: { url: string; host: string }) =>
      `The old URL ${url} is on ${host}, which no legacy site declares.`,
    fix: ({ host }) =>
      `Add ${host} to the host or aliases of a site in migrations-map/, or correct the URL.`,
    example: { url: 'http://tax.old.gov.uk/vat', host: 'tax.old.gov.uk' },
  }),
  MIGRATION_OLD_URL_OWN_HOST: rule({
    title: "An old URL is on this site's own host",
    severity: 'error',
    message: ({ url }: { url: string }) =>
      `The old URL ${url} is on this site's own host, which the legacy server does not answer.`,
    fix: 'Put the old path in the legacy_urls of the page that replaces it.',
    example: { url: 'https://www.example.gov/vat-rates' },
  }),
  MIGRATION_OLD_PATH_PUBLISHED: rule({
    title: "A page's legacy_urls names an address the site publishes",
    severity: 'error',
    message: ({ path }: { path: string }) =>
      `The old path ${path} is a page the build publishes, so a redirect from it would hide that page.`,
    fix: 'Remove it from legacy_urls, or move the page.',
    example: { path: '/vat/' },
  }),
  MIGRATION_DUPLICATE_OLD_URL: rule({
    title: 'An old URL is mapped twice, to different places',
    severity: 'error',
    message: ({ key, first }: { key: string; first: Location }) =>
      `The old URL ${key} is also mapped at ${first.file}:${first.line}, to a different target.`,
    fix: 'Keep one mapping for the URL and delete the other.',
    example: {
      key: 'www.oldtax.gov.uk/vat',
      first: { file: 'migrations-map/oldtax.csv', line: 4 },
    },
  }),
  MIGRATION_CHAIN: rule({
    title: 'A redirect leads to another redirect',
    severity: 'warning',
    message: ({ via, end }: { via: string; end: string }) =>
      `The redirect goes to ${via}, which redirects again; it was collapsed to ${end}.`,
    fix: ({ end }) => `Point new_url at ${end} directly.`,
    example: { via: 'http://www.oldtax.gov.uk/vat.html', end: '/vat/' },
  }),
  MIGRATION_LOOP: rule({
    title: 'Redirects form a loop',
    severity: 'error',
    message: ({ cycle }: { cycle: readonly string[] }) =>
      `The redirects form a loop: ${cycle.join(' -> ')}.`,
    fix: 'Point one of them at a published page.',
    example: { cycle: ['www.oldtax.gov.uk/a', 'www.oldtax.gov.uk/b', 'www.oldtax.gov.uk/a'] },
  }),
  MIGRATION_TARGET_UNMAPPED: rule({
    title: 'A redirect leads to an old URL that is not mapped',
    severity: 'error',
    message: ({ target }: { target: string }) =>
      `${target} is an old URL that is not mapped itself, so the redirect would lead nowhere.`,
    fix: 'Redirect to the published page directly.',
    example: { target: 'http://www.oldtax.gov.uk/rates.html' },
  }),
  MIGRATION_INVALID_HITS: rule({
    title: 'A hits figure is not a whole number',
    severity: 'error',
    message: ({ value }: { value: string }) => `hits "${value}" is not a whole number.`,
    fix: 'Write the number of hits as digits only, e.g. 1520.',
    example: { value: '1,520' },
  }),
  MIGRATION_HITS_OTHER_SITE: rule({
    title: "A hits row is for another site's host",
    severity: 'warning',
    message: ({ url, id }: { url: string; id: string }) =>
      `${url} is not on a host of ${id}, so its hits are not counted.`,
    fix: 'Move the row to the hits file of the site that owns the host.',
    example: { url: 'http://www.oldbenefits.gov.uk/claim', id: 'oldtax' },
  }),
});
