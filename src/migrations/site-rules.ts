/**
 * A legacy site's `rules` (by path prefix or regular expression, with captures) and `global`
 * answer: read from its .yml, checked at their lines, and matched against a path the way nginx
 * matches it, so coverage counts what nginx serves. Rules see the path as nginx decodes it,
 * without trailing slashes, in any case (`~*`).
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { migrations } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import type { RuleAnswer, SiteRule } from './model.ts';
import { regexLiteral } from './nginx-keys.ts';
import { SITE_FIELDS } from './site-fields.ts';

const RULE_FIELDS = Object.keys(SITE_FIELDS.rules.items.properties);
const CAPTURE = /\$(\d)/g;

/** The rule's regular expression as nginx and this module both read it (UTF-8 as bytes). */
const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** `/news/` answers `/news` and everything under it; `/news` answers `/newsletter` too. */
export const prefixPattern = (prefix: string) =>
  prefix.endsWith('/')
    ? `^${regexLiteral(asBytes(prefix.replace(/\/+$/, '')))}(?:/|$)`
    : `^${regexLiteral(asBytes(prefix))}`;

/**
 * Why nginx (PCRE) would refuse or misread a pattern JavaScript accepts, or undefined. Held to the
 * real nginx by test/e2e/rule-regex.test.ts.
 */
export function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /s, '');
  }
  if (/\(\?<[=!](?:[^()\\]|\\.)*(?:[*+]|\{\d+,\})/.test(source))
    return 'a lookbehind must have a fixed length';
  if (/\\u/.test(source)) return 'PCRE has no \\u escape; write the character itself';
  if (/\[\^?\]/.test(source)) return '[] and [^] are JavaScript only';
  return undefined;
}

export const captureGroups = (source: string) =>
  new RegExp(`${asBytes(source)}|`, 'u').exec('')!.length - 1;

/** The compiled form of a checked rule, for matching paths as nginx does. */
export const ruleRegex = (rule: Pick<SiteRule, 'pattern'>) => new RegExp(rule.pattern, 'iu');

/** The answer of the first rule that matches a path (one char a byte), captures filled in. */
export function firstRule(
  rules: readonly SiteRule[],
  path: string,
  compiled: (rule: SiteRule) => RegExp = ruleRegex,
): { rule: SiteRule; location: string | null } | undefined {
  for (const rule of rules) {
    const found = compiled(rule).exec(path);
    if (!found) continue;
    const location =
      rule.newUrl === undefined
        ? null
        : rule.newUrl.replace(CAPTURE, (_, n: string) => found[Number(n)] ?? '');
    return { rule, location };
  }
  return undefined;
}

interface ReadContext {
  file: string;
  lineOf: (node: Node | null) => number;
  diagnostics: Diagnostic[];
}

const scalar = (node: unknown) =>
  isScalar(node) && node.value !== null ? String(node.value).trim() : undefined;

/** `status` and `new_url` of a rule or of `global`: 410 alone, or 301 with where to. */
function answerOf(
  fields: Map<string, unknown>,
  problem: (why: string, fix: string) => void,
): Pick<RuleAnswer, 'status' | 'newUrl'> | undefined {
  const status = scalar(fields.get('status'));
  const newUrl = scalar(fields.get('new_url'));
  if (status !== '301' && status !== '410') {
    problem(
      status === undefined ? 'has no status' : `has status ${status}`,
      'Give `status: 301` with a `new_url`, or `status: 410` for gone.',
    );
    return undefined;
  }
  if (status === '301' && !newUrl) {
    problem(
      'has status 301 but no new_url',
      'Add `new_url:` with where the URLs go, or make it `status: 410`.',
    );
    return undefined;
  }
  if (status === '410' && newUrl) {
    problem('has status 410 and a new_url', 'Remove `new_url`, or make it `status: 301`.');
    return undefined;
  }
  return status === '301' ? { status: 301, newUrl } : { status: 410 };
}

function fieldsOf(node: Node): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (isMap(node))
    for (const pair of node.items) fields.set(String(scalar(pair.key) ?? ''), pair.value);
  return fields;
}

function readRule(node: Node, number: number, ctx: ReadContext): SiteRule | undefined {
  const line = ctx.lineOf(node);
  let ok = true;
  const problem = (why: string, fix: string) => {
    ok = false;
    ctx.diagnostics.push(
      report(
        migrations.MIGRATION_RULE_INVALID,
        { file: ctx.file, line },
        { rule: number, why, fix },
      ),
    );
  };
  if (!isMap(node)) {
    problem('is not a map of fields', 'Write the rule as `- prefix: /news/` and `status: 410`.');
    return undefined;
  }
  const fields = fieldsOf(node);
  for (const name of [...fields.keys()].filter((name) => !RULE_FIELDS.includes(name)))
    problem(`has a field \`${name}\``, `Use ${RULE_FIELDS.join(', ')}.`);
  const prefix = scalar(fields.get('prefix'));
  const match = scalar(fields.get('match'));
  if ((prefix === undefined) === (match === undefined))
    problem(
      prefix === undefined ? 'has neither prefix nor match' : 'has both prefix and match',
      'Give a rule one of `prefix: /news/` or `match: ^/news/(.*)$`.',
    );
  if (prefix !== undefined && !prefix.startsWith('/'))
    problem(`has prefix "${prefix}", which is not a path`, 'Start the prefix with /.');
  const answer = answerOf(fields, problem);
  if (match !== undefined) {
    const why = regexProblem(match);
    if (why) {
      ok = false;
      ctx.diagnostics.push(
        report(
          migrations.MIGRATION_RULE_REGEX,
          { file: ctx.file, line },
          { rule: number, match, why },
        ),
      );
    } else if (answer?.newUrl) {
      const groups = captureGroups(match);
      const missing = [...answer.newUrl.matchAll(CAPTURE)].find((c) => Number(c[1]) > groups);
      if (missing) {
        ok = false;
        ctx.diagnostics.push(
          report(
            migrations.MIGRATION_RULE_CAPTURE,
            { file: ctx.file, line },
            { rule: number, capture: missing[0], groups },
          ),
        );
      }
    }
  } else if (answer?.newUrl && /\$\d/.test(answer.newUrl)) {
    problem(
      'is a prefix rule, which has no captures for $1',
      'Use `match:` with a group, e.g. `^/news/(.*)$`.',
    );
  }
  if (!ok || !answer) return undefined;
  return {
    number,
    line,
    kind: prefix !== undefined ? 'prefix' : 'match',
    written: prefix ?? match!,
    pattern: prefix !== undefined ? prefixPattern(prefix) : asBytes(match!),
    ...answer,
    beforeMappings: scalar(fields.get('before_mappings')) === 'true',
  };
}

/**
 * The site's rules in the order nginx tries them: before_mappings first, each group as written.
 * A wrong rule is reported and left out, so the site's mappings are still checked.
 */
export function readRules(node: Node | null, ctx: ReadContext): SiteRule[] {
  if (!isSeq(node)) {
    ctx.diagnostics.push(
      report(
        migrations.MIGRATION_SITE_FIELD_INVALID,
        { file: ctx.file, line: ctx.lineOf(node) },
        {
          field: 'rules',
          why: 'must be a list of rules, each starting with `- prefix:` or `- match:`',
        },
      ),
    );
    return [];
  }
  const read = node.items.flatMap((item, i) => readRule(item as Node, i + 1, ctx) ?? []);
  return [...read.filter((r) => r.beforeMappings), ...read.filter((r) => !r.beforeMappings)];
}

export function readGlobal(node: Node | null, line: number, ctx: ReadContext): RuleAnswer | null {
  let ok = true;
  const answer = answerOf(isMap(node) ? fieldsOf(node) : new Map(), (why) => {
    ok = false;
    ctx.diagnostics.push(
      report(
        migrations.MIGRATION_SITE_FIELD_INVALID,
        { file: ctx.file, line },
        {
          field: 'global',
          why: `${why}; write { status: 410 } or { status: 301, new_url: /page/ }`,
        },
      ),
    );
  });
  return ok && answer ? { ...answer, line } : null;
}
