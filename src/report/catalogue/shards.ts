import { area, rule } from './rule.ts';

/** A sharded build: the shards a merge is given, and whether they make one whole site. */
export const shards = area('shards', {
  SHARD_MISSING: rule({
    title: 'A shard of the site was not given to the merge',
    severity: 'error',
    message: ({ shard, count }: { shard: number; count: number }) =>
      `Shard ${shard} of ${count} is not among the shards given, so its departments' pages would be missing.`,
    fix: ({ shard, count }) =>
      `Build it with "npm run build -- --shard ${shard}/${count}" and pass every shard to --merge (e.g. --merge _shards/*).`,
    example: { shard: 2, count: 3 },
  }),
  SHARD_REPEATED: rule({
    title: 'The same shard was given to the merge twice',
    severity: 'error',
    message: ({ shard, count }: { shard: number; count: number }) =>
      `Shard ${shard} of ${count} is given more than once.`,
    fix: 'Pass each shard folder once.',
    example: { shard: 1, count: 3 },
  }),
  SHARD_SPLIT_DIFFERS: rule({
    title: 'The shards split the site in different ways',
    severity: 'error',
    message: ({ count, other }: { count: number; other: number }) =>
      `This shard is one of ${other}, the first shard given one of ${count}: they cannot make one site.`,
    fix: 'Build every shard with the same N in --shard K/N, and merge only those; remove shards of an older split.',
    example: { count: 3, other: 2 },
  }),
  SHARD_CONTENT_DIFFERS: rule({
    title: 'A shard was built from other content than the merge',
    severity: 'error',
    message:
      'This shard was built from content that differs from the content/ the merge is given: its pages would be out of date or link to pages that no longer exist.',
    fix: 'Build the shards and the merge from the same commit: build this shard again.',
    example: {},
  }),
  SHARD_UNREADABLE: rule({
    title: 'A folder given to the merge is not a finished shard',
    severity: 'error',
    message: ({ reason }: { reason: string }) => `This is not a finished shard: ${reason}.`,
    fix: 'Pass the folders "npm run build -- --shard K/N" wrote (_shards/K-of-N/); a shard that failed wrote none.',
    example: { reason: 'it has no shard.json' },
  }),
});
