import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from '../../src/report/catalogue/index.ts';

const productRoot = path.resolve(import.meta.dirname, '../..');
const CATALOGUE = 'src/report/catalogue/';
const DECLARED = new Set(ENTRIES.map((e) => e.code));
/** `${prefix}_INVALID`, as the schema check once wrote its codes. */
const ASSEMBLED = ['$', '{prefix}_INVALID'].join('');

/**
 * What would put a diagnostic's code or severity outside the catalogue: a code written as a string
 * (`error('LINK_BROKEN', ...)`, `code: 'LINK_BROKEN'`, `new Set(['LINK_BROKEN'])`), a code put
 * together from parts (`${prefix}_INVALID`), or a severity written into a hand-made diagnostic.
 */
function codesWrittenOutside(source: string): string[] {
  // Comments may name a code, as this one does: only what the program says counts.
  const text = source.replace(/^\s*(\/\/|\/\*|\*).*$/gm, '');
  const found: string[] = [];
  for (const [, , code] of text.matchAll(/(['"`])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\1/g))
    if (DECLARED.has(code!)) found.push(code!);
  for (const [assembled] of text.matchAll(/\$\{[^}]+\}_[A-Z][A-Z0-9_]*/g)) found.push(assembled);
  for (const [severity] of text.matchAll(/\bseverity:\s*['"`](error|warning)['"`]/g))
    found.push(severity);
  return found;
}

const sources = (dir: string): string[] =>
  fs
    .readdirSync(path.join(productRoot, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
    .filter((file) => /\.(ts|mts|mjs|js)$/.test(file) && !file.startsWith(CATALOGUE));

describe('diagnostic codes are written in the catalogue and nowhere else in src/', () => {
  it('finds the forms a code could be written in outside it', () => {
    expect(
      codesWrittenOutside(
        `error('LINK_BROKEN', where, m, f); x = { code: "TITLE_TOO_LONG" }; \`${ASSEMBLED}\`;\n` +
          "// a comment may say 'URL_INVALID'\n({ severity: 'warning' })",
      ),
    ).toEqual(['LINK_BROKEN', 'TITLE_TOO_LONG', ASSEMBLED, "severity: 'warning'"]);
    expect(codesWrittenOutside("report(links.LINK_BROKEN, where, { href }); 'NOT_A_CODE'")).toEqual(
      [],
    );
  });

  it('has none in any module of src/ outside src/report/catalogue/', () => {
    const outside = sources('src').flatMap((file) =>
      codesWrittenOutside(fs.readFileSync(path.join(productRoot, file), 'utf8')).map(
        (code) => `${file}: ${code}`,
      ),
    );
    expect(outside).toEqual([]);
  });
});
