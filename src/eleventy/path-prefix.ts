import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { pathPrefixOf } from '../render/urls.ts';
import type { SiteState } from './site-state.ts';

/**
 * Eleventy's `pathPrefix`, from the path of `site.yml`'s `url`: `/gov/` for
 * `https://example.github.io/gov/`. Eleventy needs it while reading its config, before the
 * preview has loaded the model, so the preview reads just that field; a URL the validator will
 * reject counts as a site at the domain's root.
 */
export function sitePathPrefix(root: string, preloaded?: SiteState): string {
  try {
    const url =
      preloaded?.loaded?.model.config.url ??
      parseYaml(fs.readFileSync(path.join(root, 'content/_data/site.yml'), 'utf8'))?.url;
    return typeof url === 'string' ? pathPrefixOf(url) : '/';
  } catch {
    return '/';
  }
}
