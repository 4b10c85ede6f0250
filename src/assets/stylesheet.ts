import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Sass from 'sass';
import { govukFrontendDist } from '../render/nunjucks-paths.ts';
import { writeHashed } from './hash.ts';

export const stylesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../styles');
const nodeModules = path.resolve(govukFrontendDist, '../..');
const govukAssets = path.join(govukFrontendDist, 'govuk/assets');

export interface StylesheetOptions {
  /** `site.yml` `govuk_brand`: only a site on GOV.UK may use GDS Transport and the crown. */
  govukBrand: boolean;
  /** Extra CSS appended after our styles: the department colour rules. */
  extraCss: string;
}

/** The Sass entry: govuk-frontend configured for the brand, then our styles, then the extra rules. */
export function stylesheetSource({ govukBrand, extraCss }: StylesheetOptions): string {
  const settings = [
    // Fonts and images go through our function, which copies them with hashed names.
    '$govuk-font-url-function: meta.get-function("app-asset-url")',
    '$govuk-image-url-function: meta.get-function("app-asset-url")',
    // Outside GOV.UK: the system font stack, so no GDS Transport @font-face is emitted.
    ...(govukBrand
      ? []
      : ['$govuk-font-family: (system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif)']),
  ];
  return [
    '@use "sass:meta";',
    `@use "govuk-frontend/dist/govuk" with (${settings.join(', ')});`,
    '@use "app";',
    // The Royal Arms in the footer belongs to GOV.UK's brand too.
    govukBrand ? '' : '.govuk-footer__copyright-logo::before { display: none; }',
    extraCss,
  ].join('\n');
}

/**
 * Compiles govuk-frontend's Sass with our settings into `<assetsDir>/site-<hash>.css`, minified,
 * and copies each font and image the CSS refers to beside it. Returns the CSS file's name.
 */
export function compileStylesheet(assetsDir: string, options: StylesheetOptions): string {
  // Loaded only to compile: Sass is 5 MB of JavaScript, and a build whose stylesheet is cached
  // (./cache.ts) spent 0.3 s of its start loading it.
  const sass = createRequire(import.meta.url)('sass') as typeof Sass;
  const assetUrl = (args: Sass.Value[]) => {
    const file = args[0]!.assertString('filename').text;
    const folder = /\.woff2?$/.test(file) ? 'fonts' : 'images';
    const source = path.join(govukAssets, folder, file);
    if (!fs.existsSync(source))
      throw new Error(`govuk-frontend's Sass refers to ${file}, which is not in ${govukAssets}.`);
    // Relative to the stylesheet, so the CSS works under any path prefix.
    return new sass.SassString(
      `url("${writeHashed(assetsDir, `${folder}/${file}`, fs.readFileSync(source))}")`,
      { quotes: false },
    );
  };
  const { css } = sass.compileString(stylesheetSource(options), {
    loadPaths: [nodeModules, stylesDir],
    style: 'compressed',
    quietDeps: true,
    functions: { 'app-asset-url($filename)': assetUrl },
  });
  return writeHashed(assetsDir, 'site.css', css);
}
