import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../src/build/shards/arguments.ts';

describe('npm run build arguments', () => {
  it('builds the whole site with none', () => {
    const whole = { kind: 'whole', fresh: false, incrementalOnly: false };
    expect(parseBuildArgs([])).toEqual(whole);
    expect(parseBuildArgs(['--fresh'])).toEqual({ ...whole, fresh: true });
    expect(parseBuildArgs(['--jobs', '1'])).toEqual({ ...whole, jobs: 1 });
    expect(parseBuildArgs(['--incremental-only'])).toEqual({ ...whole, incrementalOnly: true });
  });

  it('builds one shard with --shard K/N', () => {
    expect(parseBuildArgs(['--shard', '2/3'])).toEqual({
      kind: 'shard',
      shard: { index: 2, count: 3 },
      fresh: false,
    });
  });

  it('merges the folders the shell expanded _shards/* to', () => {
    expect(parseBuildArgs(['--merge', '_shards/1-of-2', '_shards/2-of-2'])).toEqual({
      kind: 'merge',
      shards: ['_shards/1-of-2', '_shards/2-of-2'],
      fresh: false,
    });
  });

  it.each([
    [
      ['--shard', '4/3'],
      '"--shard 4/3" names no shard: write K/N with 1 ≤ K ≤ N, e.g. --shard 2/3.',
    ],
    [['--shard', '0/3'], '"--shard 0/3" names no shard'],
    [['--shard', 'two'], '"--shard two" names no shard'],
    [['--merge'], '--merge needs the shard folders, e.g. --merge _shards/*.'],
    [['--shard', '1/2', '--merge', 'x'], 'Give --shard or --merge, not both.'],
    [['--jobs', '0'], '--jobs must be a whole number of at least 1, not "0".'],
    [
      ['--jobs', '2', '--shard', '1/2'],
      '--jobs sizes a whole build; a shard or a merge is one process.',
    ],
    [
      ['--incremental-only', '--fresh'],
      '--incremental-only is for a whole build that uses the cache: without --shard, --merge or --fresh.',
    ],
    [['--incremental-only', '--shard', '1/2'], '--incremental-only is for a whole build'],
    [['_shards/1-of-2'], 'Unexpected "_shards/1-of-2": only --merge takes folders.'],
  ])('refuses %j, saying what to write', (args, message) => {
    expect(() => parseBuildArgs(args)).toThrow(message);
  });
});
