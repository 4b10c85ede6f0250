import fs from 'node:fs';
import path from 'node:path';
import type { SiteModel } from '../content/index.ts';
import { govukTemplateScriptHashes } from '../render/csp.ts';
import { departmentColourRules } from '../render/department-colours.ts';
import { cachedFiles } from './cache.ts';
import { contentHash } from './hash.ts';
import { type Icons, writeIcons } from './icons.ts';
import { writeScripts } from './scripts.ts';
import { searchScriptSource, writeSearchScript } from './search-script.ts';
import { compileStylesheet, stylesDir, stylesheetSource } from './stylesheet.ts';

/** Site-root URLs of the hashed assets, for layouts; `/assets/...` before any path prefix. */
export interface AssetManifest {
  stylesheet: string;
  script: string;
  /** The search page's own script (src/assets/search.js). */
  searchScript: string;
  icons: Icons;
  /** CSP sources for the inline scripts the page template keeps, for the server's policy. */
  scriptHashes: string[];
  /** What the files were built from: a preview rebuild with the same key reuses them. */
  key: string;
}

/**
 * Writes the site's CSS, JavaScript, fonts and images into `<siteDir>/assets/` with
 * content-hashed names, and returns their URLs. `previous` is skipped when nothing changed.
 */
export function buildAssets(
  model: SiteModel,
  siteDir: string,
  previous?: AssetManifest,
): AssetManifest {
  const govukBrand = model.config.govuk_brand;
  const extraCss = departmentColourRules(model.departments.values());
  const source = `${stylesheetSource({ govukBrand, extraCss })}\n${fs.readFileSync(path.join(stylesDir, '_app.scss'), 'utf8')}`;
  const key = contentHash(`${source}\n${searchScriptSource()}`);
  const assetsDir = path.join(siteDir, 'assets');
  if (previous?.key === key && fs.existsSync(path.join(siteDir, previous.stylesheet)))
    return previous;

  const url = (file: string) => `/assets/${file}`;
  const icons = writeIcons(assetsDir, govukBrand);
  return {
    stylesheet: url(
      cachedFiles(source, assetsDir, (dir) => compileStylesheet(dir, { govukBrand, extraCss })),
    ),
    script: url(writeScripts(assetsDir)),
    searchScript: url(writeSearchScript(assetsDir)),
    icons: {
      svg: url(icons.svg),
      ...(icons.ico && { ico: url(icons.ico) }),
      ...(icons.appleTouch && { appleTouch: url(icons.appleTouch) }),
    },
    scriptHashes: govukTemplateScriptHashes(),
    key,
  };
}
