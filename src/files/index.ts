import fs from 'node:fs';
import path from 'node:path';
import type { ContentAsset } from '../content/assets.ts';
import { images } from '../report/catalogue/index.ts';
import { IMAGE_MAX_BYTES, IMAGE_MAX_WIDTH } from '../report/catalogue/limits.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { readAttachmentInfo } from './attachment-info.ts';
import { checkFileBytes, type FileKind } from './file-types.ts';
import { humanSize } from './human-size.ts';
import { type PublishedImage, pruneImageCache, publishImage } from './images.ts';
import { checkSvg } from './svg.ts';

export type { PublishedImage } from './images.ts';

/** A file beside the pages as the site publishes it: plain data, so it can go to another thread. */
export interface PublishedFile {
  file: string;
  kind: FileKind;
  /** Where a link to it leads: the document itself, or an image's fallback. */
  url: string;
  bytes: number;
  format: { abbr: string; title: string };
  /** A PDF's number of pages. */
  pages?: number;
  image?: PublishedImage;
}

/** Where resized images are kept between builds, from the project root (CI keeps `.build-cache/`). */
export const BUILD_CACHE = '.build-cache';
export const IMAGE_CACHE = `${BUILD_CACHE}/images`;

export interface FilesOptions {
  /** Write the published files here (the staged `_site/`); without it only their facts are read. */
  outDir?: string;
  /** Where resized images are kept between builds. */
  cacheDir?: string;
  /** Collects the cached copies this run used; given, the others are removed from the cache. */
  cacheUsed?: Set<string>;
}

/**
 * The files stage: every image and document beside the pages read, its type checked against its
 * bytes, images resized (or only measured, for `npm run check`) and documents measured, each
 * problem a diagnostic. A file with an error is left out, and references to it with it (links.ts).
 */
export async function publishFiles(
  root: string,
  assets: ReadonlyMap<string, ContentAsset>,
  options: FilesOptions = {},
): Promise<{ files: Map<string, PublishedFile>; diagnostics: Diagnostic[] }> {
  const all = [...assets.values()];
  const results: Array<{ file?: PublishedFile; diagnostics: Diagnostic[] }> = new Array(all.length);
  // Two at a time: encoding an image keeps one core busy, and the machine has two.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < all.length; i = next++)
      results[i] = await publishFile(root, all[i]!, options);
  };
  await Promise.all([worker(), worker()]);
  // A whole build's worth of copies is what the next build can use; older ones only take space.
  if (options.cacheDir && options.cacheUsed) pruneImageCache(options.cacheDir, options.cacheUsed);
  const files = new Map<string, PublishedFile>();
  for (const result of results) if (result.file) files.set(result.file.file, result.file);
  return { files, diagnostics: results.flatMap((r) => r.diagnostics) };
}

async function publishFile(
  root: string,
  asset: ContentAsset,
  options: FilesOptions,
): Promise<{ file?: PublishedFile; diagnostics: Diagnostic[] }> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(root, asset.file)));
  const checked = await checkFileBytes(asset.file, bytes);
  const diagnostics = [...checked.diagnostics];
  const type = checked.type;
  if (!type) return { diagnostics };
  const format = type.label;
  if (type.kind === 'image') {
    if (type.extension === 'svg') {
      diagnostics.push(...checkSvg(asset.file, Buffer.from(bytes).toString('utf8')));
      if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
    }
    const name = asset.url.slice(asset.url.lastIndexOf('/') + 1).replace(/\.[a-z0-9]+$/, '');
    let image: PublishedImage;
    try {
      image = await publishImage({ bytes, name, extension: type.extension, ...options });
    } catch (cause) {
      // libvips' own words: "libpng read error", "Input image exceeds pixel limit", "bad dimensions".
      diagnostics.push(
        report(
          images.IMAGE_UNREADABLE,
          { file: asset.file },
          { file: asset.file, cause: String((cause as Error).message).split('\n')[0]! },
        ),
      );
      return { diagnostics };
    }
    diagnostics.push(...imageBudget(asset.file, bytes.length, image));
    return {
      file: { file: asset.file, kind: 'image', url: image.src, bytes: bytes.length, format, image },
      diagnostics,
    };
  }
  const read = await readAttachmentInfo(asset.file, bytes, type);
  diagnostics.push(...read.diagnostics);
  if (options.outDir) {
    const target = path.join(options.outDir, asset.url.slice(1));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
  return {
    file: {
      file: asset.file,
      kind: 'attachment',
      url: asset.url,
      bytes: bytes.length,
      format,
      ...(read.info.pages ? { pages: read.info.pages } : {}),
    },
    diagnostics,
  };
}

/** Takes a file no published page uses out of the staged site: a draft's files go live with it, not before. */
export function unpublishFile(outDir: string, file: PublishedFile) {
  const urls = [
    file.url,
    ...(file.image ? [...file.image.srcset, ...file.image.webp].map((s) => s.url) : []),
  ];
  for (const url of new Set(urls)) fs.rmSync(path.join(outDir, url.slice(1)), { force: true });
}

function imageBudget(file: string, bytes: number, image: PublishedImage): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (bytes > IMAGE_MAX_BYTES) {
    const sizes = { size: humanSize(bytes), budget: humanSize(IMAGE_MAX_BYTES) };
    found.push(report(images.IMAGE_OVER_BUDGET, { file }, sizes));
  }
  if (image.srcset.length && image.source.width > IMAGE_MAX_WIDTH)
    found.push(report(images.IMAGE_OVER_BUDGET, { file }, { width: image.source.width }));
  return found;
}
