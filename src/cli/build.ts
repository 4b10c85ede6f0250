import path from 'node:path';
import type { BuildResult } from '../build/build-site.ts';
import { parseBuildArgs } from '../build/shards/arguments.ts';
import { buildShard } from '../build/shards/build-shard.ts';
import { shardFolder } from '../build/shards/manifest.ts';
import { mergeShards } from '../build/shards/merge-shards.ts';
import { buildWholeSite } from '../build/shards/pool.ts';
import { buildSummary } from '../build/summary.ts';
import { externalLinksSummary } from '../quality/external-links.ts';
import { formatForTerminal } from '../report/terminal.ts';

// npm run build: the production build into _site/ and _deploy/, whole or as shards and a merge.
let command: ReturnType<typeof parseBuildArgs>;
try {
  command = parseBuildArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const root = process.cwd();
let result: BuildResult;
if (command.kind === 'shard') {
  const outDir = command.shardDir ?? shardFolder(root, command.shard);
  result = await buildShard({ root, shard: command.shard, fresh: command.fresh, outDir });
} else if (command.kind === 'merge') {
  result = await mergeShards({ root, shards: command.shards, fresh: command.fresh });
} else {
  const { fresh, jobs, incrementalOnly } = command;
  result = await buildWholeSite({ root, fresh }, { jobs, incrementalOnly });
}

if (process.send) {
  // A shard run by the build's own pool (src/build/shards/pool.ts) answers it, not the terminal.
  process.send(result.diagnostics, () => process.disconnect());
} else {
  if (result.diagnostics.length || !result.ok) {
    console.log(formatForTerminal(result.diagnostics, process.stdout.isTTY));
  }
  if (!result.ok) {
    console.error(
      command.kind === 'shard'
        ? '\nThe shard stopped before writing anything: fix the errors above.'
        : '\nThe build stopped before writing anything: fix the errors above. The previous _site/ is unchanged.',
    );
    // exitCode, not exit(): exit() would cut off a long list of errors still on its way down a pipe.
    process.exitCode = 1;
  } else if (result.notBuilt) {
    console.log(
      'Nothing built: .build-cache/ holds no build whose pages this one could keep (there is none, or a change reaches every page: a layout, a site setting, a department, a topic). Build the whole site: "npm run build", or the shards and their merge.',
    );
  } else if (command.kind === 'shard') {
    const { index, count } = command.shard;
    const where = path.relative(root, command.shardDir ?? shardFolder(root, command.shard));
    console.log(
      `Built shard ${index} of ${count} into ${where}/ in ${(result.totalMs / 1000).toFixed(2)} s; merge every shard with "npm run build -- --merge _shards/*".`,
    );
  } else {
    console.log(
      [
        buildSummary(result.model!, result.timings, result.totalMs, result.rendered),
        externalLinksSummary('_deploy'),
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
}
