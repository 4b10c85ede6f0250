import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { runCheck } from '../../src/check/index.ts';
import type { Diagnostic } from '../../src/report/diagnostic.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

/**
 * One problem of each kind in different files, and one file (deadlines.md) with three kinds: a
 * content designer and a migration team see all of them in one run of either command.
 */
const EXPECTED = [
  ['content/digital-service/help/contact.md', 7, 'HTML_ELEMENT_REFUSED'],
  ['content/digital-service/help/contact.md', 9, 'LINK_TEXT_MISSING'],
  ['content/tax-office/vat/appeals.md', 2, 'TEXT_HAS_HTML'],
  ['content/tax-office/vat/deadlines.md', 4, 'FRONT_MATTER_INVALID'],
  ['content/tax-office/vat/deadlines.md', 7, 'LINK_BROKEN'],
  ['content/tax-office/vat/deadlines.md', 9, 'HTML_ELEMENT_REFUSED'],
  ['content/tax-office/vat/penalties.md', 5, 'FRONT_MATTER_UNKNOWN_FIELD'],
  ['content/tax-office/vat/penalties.md', 10, 'HEADING_ID_DUPLICATE'],
  ['content/tax-office/vat/refunds.md', 4, 'FRONT_MATTER_YAML'],
  ['content/tax-office/vat/refunds.md', 7, 'LINK_BROKEN'],
  ['migrations-map/oldtax.csv', 3, 'MIGRATION_UNKNOWN_STATUS'],
];

const found = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.file, d.line, d.code]);

describe('every problem in one run', () => {
  let root: string;
  beforeAll(() => {
    root = fixtureSite('bad/every-problem');
  });

  it('npm run build reports every one, and publishes nothing', async () => {
    const result = await buildSite({ root });
    expect(result.ok).toBe(false);
    expect(found(result.diagnostics)).toEqual(EXPECTED);
  }, 60_000);

  it('npm run check reports every one', async () => {
    const result = await runCheck({ root, worker: false });
    expect(
      found(
        result.diagnostics.filter(
          (d) => d.severity === 'error' || d.code === 'FRONT_MATTER_UNKNOWN_FIELD',
        ),
      ),
    ).toEqual(EXPECTED);
  });
});
