import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { govukFrontendDist } from '../render/nunjucks-paths.ts';
import { writeHashed } from './hash.ts';

const ownIcon = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'favicon.svg');
const govukImages = path.join(govukFrontendDist, 'govuk/assets/images');

export interface Icons {
  svg: string;
  ico?: string;
  appleTouch?: string;
}

/** GOV.UK's crown icons on GOV.UK; elsewhere a plain icon of our own, free of GOV.UK's brand. */
export function writeIcons(assetsDir: string, govukBrand: boolean): Icons {
  if (!govukBrand)
    return { svg: writeHashed(assetsDir, 'images/favicon.svg', fs.readFileSync(ownIcon)) };
  const copy = (file: string) =>
    writeHashed(assetsDir, `images/${file}`, fs.readFileSync(path.join(govukImages, file)));
  return {
    svg: copy('favicon.svg'),
    ico: copy('favicon.ico'),
    appleTouch: copy('govuk-icon-180.png'),
  };
}
