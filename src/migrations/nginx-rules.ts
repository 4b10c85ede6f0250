/**
 * A site's rules and `global` as lines of its `location /`: each rule an `if` on the decoded path
 * (case-insensitive, as every lookup is), its captures passed into the Location.
 */
import { ruleLocation } from './answers.ts';
import type { RuleAnswer, SiteRule } from './model.ts';
import { quote, safeLocation } from './nginx-text.ts';

/** The Location with its literal parts made safe for nginx and `$1`..`$9` left to nginx. */
const locationOf = (newUrl: string, base: string) =>
  ruleLocation(newUrl, base)
    .split(/(\$\d)/)
    .map((part) => (/^\$\d$/.test(part) ? part : safeLocation(part)))
    .join('');

const answerOf = (answer: RuleAnswer, base: string) =>
  answer.status === 410 ? 'return 410;' : `return 301 ${quote(locationOf(answer.newUrl!, base))};`;

export const ruleLines = (rules: readonly SiteRule[], base: string) =>
  rules.map(
    (rule) =>
      `    if ($legacy_path ~* ${quote(rule.pattern)}) { ${answerOf(rule, base)} } # rule ${rule.number}`,
  );

export const globalLine = (global: RuleAnswer | null, base: string) =>
  `    ${global ? `${answerOf(global, base)} # global` : 'return 404;'}`;
