import type { SiteModel } from '../../content/index.ts';

/**
 * Old paths on this domain that pages' legacy_urls redirect from, with the page, for a model
 * without drafts. The site's url gives the host and path prefix an absolute legacy URL on this
 * domain is written with.
 */
export function sameDomainRedirects(model: SiteModel): Map<string, string> {
  const site = new URL(model.config.url);
  const prefix = site.pathname.replace(/\/?$/, '/');
  const redirects = new Map<string, string>();
  for (const page of model.pages) {
    for (const legacy of page.data.legacy_urls ?? []) {
      const path = localPath(legacy, site.host, prefix);
      if (path) redirects.set(path, page.file);
    }
  }
  return redirects;
}

function localPath(legacy: string, host: string, prefix: string): string | undefined {
  if (legacy.startsWith('/') && !legacy.startsWith('//')) return legacy;
  try {
    const url = new URL(legacy);
    if (url.host.toLowerCase() !== host.toLowerCase() || !url.pathname.startsWith(prefix))
      return undefined;
    return url.pathname.slice(prefix.length - 1);
  } catch {
    return undefined;
  }
}
