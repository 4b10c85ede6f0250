import fs from 'node:fs';
import path from 'node:path';
import { writeBaselineMarkdown } from './baseline-markdown.ts';
import type { Command } from './command.ts';
import { eleventyBaseline } from './eleventy-baselines.ts';
import { hugoBaseline } from './hugo-baseline.ts';
import { measureTree, SAMPLE_MS } from './process-tree.ts';

/** What a command cost, every process it started counted until the last of them ended. */
export interface Usage {
  wallMs: number;
  cpuMs: number;
  peakMemoryMb: number;
  /** CPU time of the Pagefind processes among them, in ms, as sampled. */
  pagefindCpuMs: number;
  /** When the first process exited, if processes it started outlived it. */
  exitMs?: number;
}

/** A setup the build is compared with: commands run one after the other, or why it cannot run. */
export type Baseline = { name: string; steps: Command[] } | { name: string; skipped: string };

/**
 * The baselines on the Markdown of `contentDir`: bare Eleventy alone and followed by the Pagefind
 * CLI, the x-govuk Eleventy plugin with the Pagefind CLI, and Hugo with the Pagefind CLI. The
 * Pagefind CLI is the `pagefind` package's own, which runs the binary npm installed with it.
 */
export function prepareBaselines(
  productRoot: string,
  work: string,
  contentDir: string,
): Baseline[] {
  const markdown = path.join(work, 'baseline-markdown');
  writeBaselineMarkdown(contentDir, markdown);
  const out = (name: string) => path.join(work, `_${name}`);
  const pagefind = (site: string): Command => ({
    command: process.execPath,
    args: [path.join(productRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site],
  });
  const withOutput = (command: Command, output: string) => ({ ...command, output });
  const bare = withOutput(
    eleventyBaseline(productRoot, work, 'bare', markdown, out('bare')),
    out('bare'),
  );
  const xGovuk = withOutput(
    eleventyBaseline(productRoot, work, 'x-govuk', markdown, out('x-govuk')),
    out('x-govuk'),
  );
  const hugo = hugoBaseline(work, markdown, out('hugo'));
  return [
    { name: 'bare Eleventy', steps: [bare] },
    { name: 'bare Eleventy + Pagefind CLI', steps: [bare, pagefind(out('bare'))] },
    { name: 'x-govuk plugin + Pagefind CLI', steps: [xGovuk, pagefind(out('x-govuk'))] },
    typeof hugo === 'string'
      ? { name: 'Hugo + Pagefind CLI', skipped: hugo }
      : {
          name: 'Hugo + Pagefind CLI',
          steps: [withOutput(hugo, out('hugo')), pagefind(out('hugo'))],
        },
  ];
}

/**
 * One round of every baseline that can run. A command two baselines share (bare Eleventy) runs
 * once a round and counts in both; each baseline's figures are its commands' added together.
 */
export async function measureBaselines(
  baselines: readonly Baseline[],
  env: NodeJS.ProcessEnv,
): Promise<Record<string, Usage>> {
  const measured = new Map<Command, Usage>();
  const round: Record<string, Usage> = {};
  for (const baseline of baselines) {
    if (!('steps' in baseline)) continue;
    const usages: Usage[] = [];
    for (const step of baseline.steps) {
      if (!measured.has(step)) measured.set(step, (await measure(step, env, baseline.name)).usage);
      usages.push(measured.get(step)!);
    }
    round[baseline.name] = {
      wallMs: usages.reduce((sum, u) => sum + u.wallMs, 0),
      cpuMs: usages.reduce((sum, u) => sum + u.cpuMs, 0),
      peakMemoryMb: Math.max(...usages.map((u) => u.peakMemoryMb)),
      pagefindCpuMs: usages.reduce((sum, u) => sum + u.pagefindCpuMs, 0),
    };
  }
  return round;
}

/**
 * Runs one command from an empty output folder, and fails when it fails: when it exits with a
 * status other than `accepted` (`npm run check` exits 1 when it finds errors, and has finished).
 */
export async function measure(
  step: Command,
  env: NodeJS.ProcessEnv,
  name: string,
  accepted: readonly number[] = [0],
): Promise<{ usage: Usage; stdout: string }> {
  if (step.output) fs.rmSync(step.output, { recursive: true, force: true });
  const tree = await measureTree(step.command, step.args, { cwd: step.cwd, env });
  if (!accepted.includes(tree.status ?? -1))
    throw new Error(`${name}: ${path.basename(step.command)} exited with ${tree.status}.`);
  const usage: Usage = {
    wallMs: tree.wallMs,
    cpuMs: tree.cpuMs,
    peakMemoryMb: tree.peakMemoryMb,
    // The kernel cuts program names to 15 characters: pagefind_extended is pagefind_extend.
    pagefindCpuMs: Object.entries(tree.programs)
      .filter(([program]) => program.startsWith('pagefind'))
      .reduce((sum, [, ms]) => sum + ms, 0),
  };
  // Processes that outlived the command are worth a line of their own.
  if (tree.wallMs - tree.exitMs > 2 * SAMPLE_MS) usage.exitMs = tree.exitMs;
  return { usage, stdout: tree.stdout };
}
