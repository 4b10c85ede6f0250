import { IMAGE_MAX_WIDTH } from './limits.ts';
import { area, rule } from './rule.ts';

/** "2,560": the width as a fix writes it. */
const MAX_WIDTH = IMAGE_MAX_WIDTH.toLocaleString('en-GB');

/** Images whose bytes are accepted: whether they can be shown, their size, and SVG drawings' safety. */
export const images = area('images', {
  IMAGE_UNREADABLE: rule({
    title: 'An image cannot be read',
    severity: 'error',
    message: ({ file, cause }: { file: string; cause: string }) =>
      `${file} cannot be read as an image (${cause}), so it cannot be shown.`,
    fix: `Open it in an image editor and export it again as PNG or JPEG, at most ${MAX_WIDTH} pixels wide.`,
    example: {
      file: 'content/tax-office/vat/chart.png',
      cause: 'pngload_buffer: libpng read error',
    },
  }),
  IMAGE_OVER_BUDGET: rule({
    title: 'An image is larger than the site needs',
    severity: 'warning',
    // Sizes come written ("5.5 MB"): how to write one belongs to src/files, which report may not import.
    message: (a: { size: string; budget: string } | { width: number }) =>
      'size' in a
        ? `The image is ${a.size}, over the ${a.budget} budget: the site sends smaller copies, but the source is slow to build and to review.`
        : `The image is ${a.width} pixels wide, more than the ${IMAGE_MAX_WIDTH} any screen needs for the page's column.`,
    fix: (a) =>
      'size' in a
        ? `Save it again at a smaller size, e.g. as a JPEG of quality 80 at most ${MAX_WIDTH} pixels wide.`
        : `Save it again at most ${IMAGE_MAX_WIDTH} pixels wide.`,
    example: { size: '5.5 MB', budget: '2 MB' },
  }),
  SVG_INVALID: rule({
    title: 'An .svg file is not an SVG drawing',
    severity: 'error',
    message: ({ file }: { file: string }) =>
      `${file} is not an SVG drawing: it does not start with an <svg> element.`,
    fix: 'Export the drawing again as SVG, or save it as PNG.',
    example: { file: 'content/tax-office/vat/logo.svg' },
  }),
  SVG_UNSAFE: rule({
    title: 'An SVG drawing could run code or reach outside itself',
    severity: 'error',
    message: ({
      file,
      what,
      line,
      more,
      why,
    }: {
      file: string;
      what: string;
      line: number;
      more: number;
      why: string;
    }) =>
      `${file} has ${what} on line ${line}${more ? ` (and ${more} more like it)` : ''}, which ${why}.`,
    fix: 'Export the drawing again without scripts or links, or save it as PNG.',
    example: {
      file: 'content/tax-office/vat/logo.svg',
      what: 'a <script> element',
      line: 3,
      more: 0,
      why: 'could run code when someone opens the drawing',
    },
  }),
});
