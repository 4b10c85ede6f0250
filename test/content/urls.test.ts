import { describe, expect, it } from 'vitest';
import {
  fileUrlFromPath,
  isSitePath,
  outputPathFor,
  reservedBy,
  suggestUrl,
  urlFromPath,
} from '../../src/content/urls.ts';

describe('URL derivation', () => {
  it.each([
    ['vat/register.md', '/vat/register/'],
    ['vat/index.md', '/vat/'],
    ['index.md', '/'],
    ['a/b/c/d.md', '/a/b/c/d/'],
  ])('%s publishes at %s', (file, url) => expect(urlFromPath(file)).toBe(url));

  it.each([
    '/vat/register/',
    '/',
    '/a-1/b2/',
    '/government/news/villiers-publishes-draft-northern-ireland-bill--2/',
    '/a-/',
    '/-2/',
  ])('accepts %s', (url) => expect(isSitePath(url)).toBe(true));

  it.each([
    '/vat/register',
    'vat/register/',
    '/VAT/',
    '/vat_rates/',
    '/../etc/',
    '/./',
    '//',
    '/a//b/',
    '/a/../b/',
    '/a/./',
    '/étude/',
    '/C:/windows/',
    '/vat/register.html/',
    '/%2e%2e/',
  ])('refuses %s', (url) => expect(isSitePath(url)).toBe(false));

  it('suggests a valid spelling of an invalid URL', () => {
    expect(suggestUrl('/VAT Rates_2024/')).toBe('/vat-rates-2024/');
    expect(suggestUrl('/../../etc/passwd')).toBe('/etc/passwd/');
  });

  it('makes a file name URL-safe, its accents taken off first', () => {
    expect(fileUrlFromPath('vat/Annual Report 2024.PDF')).toBe('/vat/annual-report-2024.pdf');
    expect(fileUrlFromPath('Résumé.pdf')).toBe('/resume.pdf');
  });

  it('writes every valid URL inside the output folder', () => {
    expect(outputPathFor('/vat/register/')).toBe('vat/register/index.html');
    expect(outputPathFor('/')).toBe('index.html');
  });

  it('knows which URLs the site generates itself, in each of its languages', () => {
    expect(reservedBy('/')).toEqual({ reserved: '/', home: true });
    expect(reservedBy('/departments/tax-office/')).toEqual({
      reserved: '/departments/',
      home: false,
    });
    expect(reservedBy('/vat/')).toBeUndefined();
    const bilingual = (sitePath: string) => [sitePath, `/cymraeg${sitePath}`];
    expect(reservedBy('/cymraeg/', bilingual)).toEqual({ reserved: '/cymraeg/', home: true });
    expect(reservedBy('/cymraeg/topics/driving/', bilingual)).toEqual({
      reserved: '/cymraeg/topics/',
      home: false,
    });
    expect(reservedBy('/cymraeg/trwydded-yrru/', bilingual)).toBeUndefined();
  });
});
