import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/report/diagnostic.ts';
import { escapeData, escapeProperty, formatForGithub } from '../../src/report/github.ts';
import { formatAsJson } from '../../src/report/json.ts';
import { formatForTerminal } from '../../src/report/terminal.ts';

// Written out rather than made by report(): the formatters must escape text no catalogue entry has.
const broken: Diagnostic = {
  code: 'LINK_BROKEN',
  severity: 'error',
  file: 'content/a, b.md',
  line: 4,
  column: 7,
  message: 'The link "/x/" is 100% broken:\r\nreally.',
  fix: 'Fix it.',
};
const wholeFile: Diagnostic = {
  code: 'PUBLISHED_URLS_MISSING',
  severity: 'warning',
  file: 'migrations-map/published-urls.txt',
  line: 0,
  column: 0,
  message: 'No list.',
  fix: 'Run it.',
};

describe('GitHub Actions annotations', () => {
  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('C:/a, b%')).toBe('C%3A/a%2C b%25');
  });

  it('puts file, line, column and code on each problem, with the fix on a second line', () => {
    expect(formatForGithub([broken, wholeFile]).split('\n')).toEqual([
      '::error file=content/a%2C b.md,line=4,col=7,title=LINK_BROKEN::The link "/x/" is 100%25 broken:%0D%0Areally.%0Afix: Fix it.',
      '::warning file=migrations-map/published-urls.txt,title=PUBLISHED_URLS_MISSING::No list.%0Afix: Run it.',
    ]);
  });
});

describe('JSON report', () => {
  it("is one object with a summary, the diagnostics and the caller's fields", () => {
    const report = JSON.parse(formatAsJson([broken, wholeFile], { seconds: 0.5 }));
    expect(report).toEqual({
      version: 1,
      ok: false,
      summary: { errors: 1, warnings: 1, files: 2 },
      diagnostics: [broken, wholeFile],
      seconds: 0.5,
    });
  });
});

describe('terminal report', () => {
  it("prints a note, such as the reading age, after a file's name", () => {
    const text = formatForTerminal(
      [wholeFile],
      false,
      new Map([['migrations-map/published-urls.txt', 'reading age -']]),
    );
    expect(text.split('\n')).toEqual([
      'migrations-map/published-urls.txt  reading age -',
      '  migrations-map/published-urls.txt  warning  PUBLISHED_URLS_MISSING  No list.',
      '      fix: Run it.',
      '',
      '0 errors, 1 warning in 1 file',
    ]);
  });
});
