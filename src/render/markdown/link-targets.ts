import { closest } from '../../content/closest.ts';
import type { SiteModel } from '../../content/index.ts';
import { publishedUrls } from '../../content/published-urls.ts';
import { FILE_TYPES } from '../../files/file-types.ts';
import type { PublishedFile } from '../../files/index.ts';
import type { LinkTargets } from './env.ts';

/** Where Markdown links may point, as plain data that can be sent to another thread. */
export interface LinkTargetData {
  /** Markdown file -> the URL of its page. */
  urlByFile: Map<string, string>;
  /** Every page of the site model, every generated page and every document. */
  published: Set<string>;
  /** The images and documents beside the pages, by file. */
  files: Map<string, PublishedFile>;
  /** Files beside the pages that will not be published: each has an error of its own. */
  refused: Set<string>;
}

/**
 * `files` are the files as the files stage published them; without them (a load that only checks),
 * every file found beside the pages counts, at the URL it will have.
 */
export function linkTargetDataFor(
  model: SiteModel,
  files?: ReadonlyMap<string, PublishedFile>,
): LinkTargetData {
  const known = new Map(
    files ??
      [...model.assets.values()].map((asset): [string, PublishedFile] => [
        asset.file,
        {
          file: asset.file,
          kind: FILE_TYPES[asset.extension]?.kind ?? 'attachment',
          url: asset.url,
          bytes: 0,
          format: { abbr: asset.extension.toUpperCase(), title: '' },
        },
      ]),
  );
  const published = publishedUrls(model).add('/sitemap.xml');
  for (const file of known.values()) if (file.kind === 'attachment') published.add(file.url);
  const urlByFile = new Map([...model.pageByFile].map(([file, page]) => [file, page.url]));
  for (const { file, url } of model.unloaded) {
    if (url) {
      urlByFile.set(file, url);
      published.add(url);
    }
  }
  const refused = new Set(
    [...model.assets.keys()].filter((file) => !known.has(file)).concat([...model.refusedAssets]),
  );
  return { urlByFile, published, files: known, refused };
}

export function linkTargetsFrom({
  urlByFile,
  published,
  files,
  refused,
}: LinkTargetData): LinkTargets {
  const names = [...files.keys()];
  return {
    urlOfFile: (file) => urlByFile.get(file),
    isPublished: (path) => published.has(path),
    fileAt: (file) => files.get(file),
    isRefusedFile: (file) => refused.has(file),
    nearestFile: (file) => closest(file, names),
  };
}

export const linkTargetsFor = (
  model: SiteModel,
  files?: ReadonlyMap<string, PublishedFile>,
): LinkTargets => linkTargetsFrom(linkTargetDataFor(model, files));
