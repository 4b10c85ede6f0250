import { describe, expect, it } from 'vitest';
import { checkPlaceholders } from '../../src/check/placeholders.ts';

const lines = (source: string) => checkPlaceholders('content/a/page.md', source).map((d) => d.line);

describe('TODO placeholders', () => {
  it('finds what npm run new leaves, one error per line', () => {
    expect(
      lines(
        '---\ndescription: "TODO: one sentence."\n---\nTODO: write the page.\n\n## TODO: first section\n',
      ),
    ).toEqual([2, 4, 6]);
  });

  // Lines of the 18F website's posts, which write about TODOs rather than leave them.
  it('leaves a TODO the page writes about: in quotes, in code, in a table of examples', () => {
    const page = [
      'Plans of action (your security “TODO” list), scan results and more.',
      'Search your code for `TODO` comments.',
      '```sql',
      '-- TODO: Fill in this template if you see errors about missing users during import.',
      '```',
      '| 2 | TODO: Formula for daily visitor rate | 513 | 3 |',
      'TODO: but this one is left in place of text.',
    ].join('\n');
    expect(lines(page)).toEqual([7]);
  });
});
