import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../src/bench/options.ts';

describe('npm run bench arguments', () => {
  it('builds a synthetic site by default', () => {
    expect(parseBenchArgs([])).toEqual({
      source: { kind: 'synthetic', pages: 1000, mappings: 10000 },
      runs: 1,
      heap: undefined,
    });
    expect(
      parseBenchArgs(['--pages', '50', '--mappings', '0', '--runs', '3', '--heap', '4096']),
    ).toEqual({
      source: { kind: 'synthetic', pages: 50, mappings: 0 },
      runs: 3,
      heap: 4096,
    });
  });

  it('times a content folder with its sibling migrations map', () => {
    const { source } = parseBenchArgs(['--content', 'test/fixtures/real-18f/content']);
    expect(source).toEqual({
      kind: 'folder',
      name: 'real-18f',
      content: path.resolve('test/fixtures/real-18f/content'),
      migrations: path.resolve('test/fixtures/real-18f/migrations-map'),
    });
    expect(parseBenchArgs(['--content', '/tmp/imported']).source).toMatchObject({
      name: 'imported',
      migrations: '/tmp/migrations-map',
    });
  });

  it('reads --site as the folder that holds content/', () => {
    expect(parseBenchArgs(['--site', 'test/fixtures/real-18f']).source).toEqual(
      parseBenchArgs(['--content', 'test/fixtures/real-18f/content']).source,
    );
  });

  it('refuses what makes no sense, with the usage', () => {
    expect(() => parseBenchArgs(['--content', 'a', '--site', 'b'])).toThrow(
      /^Give --content or --site, not both\.\n\nnpm run bench/,
    );
    expect(() => parseBenchArgs(['--content', 'a', '--pages', '10'])).toThrow(
      '--pages and --mappings size a synthetic site',
    );
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(
      '--runs must be a whole number of at least 1, not "0".',
    );
    expect(() => parseBenchArgs(['--pages', 'many'])).toThrow('--pages must be a whole number');
    expect(() => parseBenchArgs(['--sites', 'x'])).toThrow();
  });
});
