import type { MarkdownIt } from 'markdown-it';
import { IMAGE_SIZES, type PublishedImage, srcsetOf } from '../../files/images.ts';
import { envOf } from './env.ts';

/** The attributes an image beside the pages gets: its shape, its widths, and lazy loading after the first. */
export function imageAttributes(image: PublishedImage, first: boolean): Record<string, string> {
  return {
    src: image.src,
    width: String(image.width),
    height: String(image.height),
    ...(image.srcset.length > 1 ? { srcset: srcsetOf(image.srcset), sizes: IMAGE_SIZES } : {}),
    // The first image may be on the first screen; the rest load as the reader scrolls to them.
    ...(first ? {} : { loading: 'lazy' }),
    decoding: 'async',
  };
}

/**
 * Images beside the pages render as a <picture>: WebP for browsers that take it, the source's own
 * format for the rest, each in the widths the column needs, with width and height so the page
 * does not jump as they load. Other images render as markdown-it renders them.
 */
export function responsiveImages(md: MarkdownIt) {
  const fallback = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const state = envOf({ env });
    const image = state.images.get(String(token.attrGet('src')));
    if (!image) return fallback(tokens, idx, options, env, self);
    const first = !state.imageShown;
    state.imageShown = true;
    for (const [name, value] of Object.entries(imageAttributes(image, first)))
      token.attrSet(name, value);
    const img = fallback(tokens, idx, options, env, self);
    if (!image.webp.length) return img;
    const escape = md.utils.escapeHtml;
    return `<picture><source type="image/webp" srcset="${escape(srcsetOf(image.webp))}" sizes="${IMAGE_SIZES}">${img}</picture>`;
  };
}
