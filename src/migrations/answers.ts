/**
 * What a retired site's server block answers for a URL, in nginx's order: rules with
 * before_mappings, the URL's mapping, the old home page, the other rules, `global`, else 404.
 * Coverage, chains into retired sites and the replay test all ask this one function.
 */
import type { LegacySite, Mapping, MappingStatus, SiteRule } from './model.ts';
import { asBinary } from './percent-encoding.ts';
import { firstRule, ruleRegex } from './site-rules.ts';

export type LegacyAnswer =
  | { by: 'mapping'; status: MappingStatus; location: string | null }
  | { by: 'homepage'; status: 301; location: string }
  | { by: 'rule'; rule: SiteRule; status: MappingStatus; location: string | null }
  | { by: 'global'; status: MappingStatus; location: string | null }
  | { by: 'none' };

/** A rule's or global's new_url as a Location: a site path goes on the site's base URL. */
export const ruleLocation = (newUrl: string, base: string) =>
  newUrl.startsWith('/') && !newUrl.startsWith('//') ? base + newUrl : newUrl;

/** Where the old site's `/` goes: a page of this site, or a URL on an allowed host as written. */
export const homepageUrl = (site: LegacySite, base: string) =>
  /^https?:\/\//i.test(site.homepage) ? site.homepage : base + site.homepage;

/** One site's answers (`base`: the site URL without its last slash); rules compiled once. */
export function answererFor(site: LegacySite, base: string) {
  const compiled = new Map(site.rules.map((rule) => [rule, ruleRegex(rule)]));
  const regexOf = (rule: SiteRule) => compiled.get(rule)!;
  const before = site.rules.filter((rule) => rule.beforeMappings);
  const after = site.rules.filter((rule) => !rule.beforeMappings);
  const byRule = (rules: SiteRule[], path: string): LegacyAnswer | undefined => {
    const found = firstRule(rules, path, regexOf);
    if (!found) return undefined;
    const location = found.location === null ? null : ruleLocation(found.location, base);
    return { by: 'rule', rule: found.rule, status: found.rule.status, location };
  };
  /** `path` is the URL's canonical path; `mapping` its mapping, if it has one. */
  return (path: string, mapping: Mapping | undefined): LegacyAnswer => {
    const bytes = asBinary(path);
    const first = byRule(before, bytes);
    if (first) return first;
    if (mapping) return { by: 'mapping', status: mapping.status, location: mapping.target };
    if (path === '/') return { by: 'homepage', status: 301, location: homepageUrl(site, base) };
    const later = byRule(after, bytes);
    if (later) return later;
    const { global } = site;
    if (!global) return { by: 'none' };
    const location = global.newUrl === undefined ? null : ruleLocation(global.newUrl, base);
    return { by: 'global', status: global.status, location };
  };
}

/** How the coverage report names what answered: `rule 2 (match ^/r4d/(.*)$)` or `global`. */
export function answeredBy(answer: LegacyAnswer): string | undefined {
  if (answer.by === 'global') return 'global';
  if (answer.by !== 'rule') return undefined;
  return `rule ${answer.rule.number} (${answer.rule.kind} ${answer.rule.written})`;
}
