import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANONICAL_RULES } from '../migrations/canonical-rules.ts';

const guide = fs.readFileSync('docs/migrations/guide.md', 'utf8');
const code = (text: string) => `\`${text}\``;

describe('the canonical form in docs/migrations/guide.md', () => {
  it.each(CANONICAL_RULES)('has the row of the rule "$rule", as tested', (rule) => {
    const row = [
      rule.rule,
      code(rule.written),
      code(rule.key),
      rule.found.map(code).join(', '),
      (rule.notFound ?? []).map(code).join(', '),
    ];
    expect(guide).toContain(`| ${row.join(' | ')} |`);
  });
});
