import type { ImportSource } from '../source.ts';
import { eleventySource } from './eleventy.ts';
import { htmlSource } from './html.ts';
import { hugoSource } from './hugo.ts';

/** Every source an import can read, tried in this order when `--from` is not given. */
export const SOURCES: readonly ImportSource[] = [eleventySource, hugoSource, htmlSource];
