/**
 * Every page of the example build is valid HTML: html-validate with its recommended rules, less
 * the ones src/quality/html-validate-config.ts turns off and says why (and, inside a <template>,
 * the rules about text a script fills in).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidator } from '../../src/quality/validate-html.ts';
import { buildInto, productRoot } from '../site/helpers.ts';

describe('the HTML of the example build', () => {
  let siteDir: string;
  let pages: string[];
  const validator = new HtmlValidator();

  beforeAll(async () => {
    ({ siteDir } = await buildInto(productRoot));
    pages = fs
      .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .sort();
  });

  it('covers every page type the site publishes', () => {
    for (const page of [
      'index.html',
      '404.html',
      'departments/index.html',
      'departments/tax-office/index.html',
      'search/index.html',
      'migrations/index.html',
      'vat/register/index.html',
      'cymraeg/trwydded-yrru/index.html',
    ]) {
      expect(pages).toContain(page);
    }
    expect(pages.some((p) => p.startsWith('topics/'))).toBe(true);
  });

  it('is valid on every page', async () => {
    const problems: string[] = [];
    for (const page of pages)
      problems.push(
        ...(await validator.validate(fs.readFileSync(path.join(siteDir, page), 'utf8'), page)),
      );
    expect(problems).toEqual([]);
  });

  it('still catches invalid markup, in a page and in a template', async () => {
    const problems = await validator.validate(
      [
        '<!DOCTYPE html>',
        '<html lang="en"><head><title>x</title></head><body>',
        '<p><div id="a" id="a"></div></p>',
        '<span role="navigation">x</span><template><h3><a href=""></a></h3><li><div></li></template>',
        '</body></html>',
      ].join('\n'),
      'bad.html',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad\.html:3:\d+ no-dup-attr/),
        expect.stringMatching(/^bad\.html:4:\d+ prefer-native-element/),
        expect.stringMatching(/^bad\.html:4:\d+ close-order/),
      ]),
    );
    expect(problems.join('\n')).not.toMatch(/empty-heading|wcag\/h30/);
  });
});
