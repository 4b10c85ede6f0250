import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type OutputInfo } from 'sharp';

/** The widths made of each photo or chart: the content column is 640 CSS pixels at most. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const;
/** What the browser is told about the room an image takes: the column, or the screen's width. */
export const IMAGE_SIZES = '(min-width: 40.0625em) 640px, 100vw';
const COLUMN = 640;

export interface ImageSource {
  url: string;
  width: number;
}

/** An image as a page shows it: its shape, and the files made of it. */
export interface PublishedImage {
  /** Width and height attributes: the shape the page keeps for it before it loads. */
  width: number;
  height: number;
  /** The fallback in the source's own format, at the column's width. */
  src: string;
  srcset: ImageSource[];
  /** The same widths in WebP, for browsers that take it; none for SVG and GIF. */
  webp: ImageSource[];
  /** The source's own size in pixels. */
  source: { width: number; height: number };
}

/** Removes from the cache every copy no image of this build used, so it holds one build's worth. */
export function pruneImageCache(cacheDir: string, used: ReadonlySet<string>) {
  if (!fs.existsSync(cacheDir)) return;
  for (const file of fs.readdirSync(cacheDir))
    if (!used.has(file)) fs.rmSync(path.join(cacheDir, file), { force: true });
}

export interface ImageJob {
  bytes: Uint8Array;
  /** The name its files carry, e.g. `rates-chart` (already made URL-safe). */
  name: string;
  extension: string;
  /** Where files for the site go (`_site/`), or nothing when only the shape is wanted. */
  outDir?: string;
  /** Where made files are kept between builds, by the source's hash. */
  cacheDir?: string;
  /** Gets the name of every cached copy the image uses. */
  cacheUsed?: Set<string>;
}

/** How copies are made: part of their names, so a new sharp or new settings never reuse old copies. */
const ENCODING = `sharp ${sharp.versions.sharp ?? ''}; webp q80 effort 2; jpeg and png q80; widths ${IMAGE_WIDTHS.join(' ')}`;

// libvips keeps no cache of its own: each image is decoded once and let go, so memory stays flat.
sharp.cache(false);

/**
 * Makes the widths a page needs of an image, in its own format and in WebP, each named by the
 * source's content hash (so it is safe to cache for a year) and kept in `cacheDir`: an image that
 * has not changed is copied, not resized again. SVG and GIF (often animated) are published as they are.
 */
export async function publishImage(job: ImageJob): Promise<PublishedImage> {
  const hash = createHash('sha256').update(ENCODING).update(job.bytes).digest('hex').slice(0, 12);
  const image = sharp(job.bytes, { animated: job.extension === 'gif' });
  const meta = await image.metadata();
  const rotated = (meta.orientation ?? 1) >= 5;
  const sourceWidth = (rotated ? meta.height : meta.width) ?? COLUMN;
  const sourceHeight = (rotated ? meta.width : (meta.pageHeight ?? meta.height)) ?? COLUMN;
  const shown = Math.min(sourceWidth, COLUMN);
  const shape = {
    width: shown,
    height: Math.max(1, Math.round((sourceHeight * shown) / sourceWidth)),
    source: { width: sourceWidth, height: sourceHeight },
  };

  if (job.extension === 'svg' || job.extension === 'gif') {
    const file = `${job.name}-${hash}.${job.extension}`;
    if (job.outDir) writeOut(job.outDir, file, job.bytes);
    return { ...shape, src: `/assets/images/${file}`, srcset: [], webp: [] };
  }

  const widths = [
    ...new Set([
      ...IMAGE_WIDTHS.filter((w) => w < sourceWidth),
      Math.min(sourceWidth, IMAGE_WIDTHS.at(-1)!),
    ]),
  ];
  const format = job.extension === 'png' ? 'png' : job.extension === 'webp' ? 'webp' : 'jpeg';
  const ownExtension = format === 'jpeg' ? 'jpg' : format;
  // The source is decoded once, at the widest width wanted, and every copy made from those pixels.
  let pixels: Promise<{ data: Buffer; info: OutputInfo }> | undefined;
  const decoded = () =>
    (pixels ??= sharp(job.bytes)
      .rotate()
      .resize({ width: widths.at(-1)!, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true }));
  const make = async (
    width: number,
    as: 'png' | 'jpeg' | 'webp',
    extension: string,
  ): Promise<ImageSource> => {
    const file = `${job.name}-${hash}-${width}.${extension}`;
    if (job.outDir) {
      const cached = job.cacheDir && path.join(job.cacheDir, file);
      job.cacheUsed?.add(file);
      let bytes = cached && fs.existsSync(cached) ? fs.readFileSync(cached) : undefined;
      if (!bytes) {
        const { data, info } = await decoded();
        bytes = await sharp(data, {
          raw: { width: info.width, height: info.height, channels: info.channels },
        })
          .resize({ width, withoutEnlargement: true })
          [as]({ quality: 80, effort: as === 'webp' ? 2 : undefined })
          .toBuffer();
        if (cached) writeOut(job.cacheDir!, file, bytes, '');
      }
      writeOut(job.outDir, file, bytes);
    }
    return { url: `/assets/images/${file}`, width };
  };
  // Every width in WebP, which every current browser takes; the source's own format once, at the
  // column's width, for the rest. Encoding is most of the cost: real pages have hundreds of images.
  const webp: ImageSource[] = [];
  for (const width of widths) webp.push(await make(width, 'webp', 'webp'));
  const columnWidth = widths.filter((w) => w <= COLUMN).at(-1) ?? widths[0]!;
  const fallback =
    format === 'webp'
      ? webp.find((s) => s.width === columnWidth)!
      : await make(columnWidth, format, ownExtension);
  return { ...shape, src: fallback.url, srcset: [fallback], webp };
}

function writeOut(dir: string, file: string, bytes: Uint8Array, under = 'assets/images') {
  const target = path.join(dir, under, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Written whole or not at all: a build stopped mid-write leaves no half file for the next to trust.
  const partial = `${target}.${process.pid}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, target);
}

/** `url 320w, url 640w`, for srcset. */
export const srcsetOf = (sources: readonly ImageSource[]) =>
  sources.map((s) => `${s.url} ${s.width}w`).join(', ');
