/**
 * Checks of a site's rules that need the whole model: where a rule's or `global`'s new_url leads
 * (checked as a mapping's target is; with captures, only its host can be), and rules tried before
 * the mappings that would answer mapped URLs, whose mappings nginx would then never use.
 */
import { migrations, redirects } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { bySite, type LegacySite, type Mapping, type RuleAnswer } from './model.ts';
import { asBinary } from './percent-encoding.ts';
import { firstRule } from './site-rules.ts';
import { classifyTarget, type TargetContext } from './targets.ts';

function checkNewUrl(
  answer: RuleAnswer,
  site: LegacySite,
  ctx: TargetContext,
  diagnostics: Diagnostic[],
) {
  if (answer.newUrl === undefined) return;
  const at = { file: site.file, line: answer.line };
  const hasCaptures = /\$\d/.test(answer.newUrl);
  if (hasCaptures && answer.newUrl.startsWith('/')) return;
  const checked = hasCaptures
    ? answer.newUrl.replace(/^(https?:\/\/[^/]*).*$/i, '$1/')
    : answer.newUrl;
  const target = classifyTarget(checked, at, ctx);
  if ('code' in target) diagnostics.push(target);
  else if (target.kind === 'legacy' || target.kind === 'old-path')
    diagnostics.push(
      report(redirects.MIGRATION_TARGET_NOT_PUBLISHED, at, {
        target: `${answer.newUrl} (an old URL that redirects again)`,
      }),
    );
}

function checkShadowing(site: LegacySite, mappings: readonly Mapping[], diagnostics: Diagnostic[]) {
  for (const rule of site.rules.filter((r) => r.beforeMappings)) {
    const shadowed = mappings.filter((m) => firstRule([rule], asBinary(m.url.path)));
    if (shadowed.length === 0) continue;
    const first = shadowed[0]!;
    diagnostics.push(
      report(
        migrations.MIGRATION_RULE_SHADOWS_MAPPINGS,
        { file: site.file, line: rule.line },
        {
          rule: rule.number,
          count: shadowed.length,
          url: first.url.original,
          at: `${first.file}:${first.line}`,
        },
      ),
    );
  }
}

export function checkSiteRules(
  sites: readonly LegacySite[],
  mappings: readonly Mapping[],
  ctx: TargetContext,
  diagnostics: Diagnostic[],
): void {
  const grouped = bySite(mappings);
  for (const site of sites) {
    for (const answer of [...site.rules, ...(site.global ? [site.global] : [])])
      checkNewUrl(answer, site, ctx, diagnostics);
    checkShadowing(site, grouped.get(site.id) ?? [], diagnostics);
  }
}
