import { area, rule } from './rule.ts';

/** What `:::attachment` can get wrong, each with its own words. */
export type AttachmentProblem =
  | { problem: 'unknown-line'; text: string; fields: readonly string[] }
  | { problem: 'no-file' }
  | { problem: 'no-title'; target: string }
  | { problem: 'bad-reference'; field: string; value: string; why: string; label: string }
  | { problem: 'not-a-document'; target: string }
  | { problem: 'image'; file: string };

const attachmentTexts = (a: AttachmentProblem): [message: string, fix: string] => {
  switch (a.problem) {
    case 'unknown-line':
      return [
        `":::attachment" holds a line it does not know: "${a.text}".`,
        `Write one field a line: title, ${a.fields.join(', ')}.`,
      ];
    case 'no-file':
      return [
        '":::attachment" names no file.',
        'Write the file after the name, e.g. ":::attachment annual-report-2024.pdf".',
      ];
    case 'no-title':
      return [
        `The attachment ${a.target} has no title, so readers cannot tell what the document is.`,
        'Write its title on the line after ":::attachment", e.g. "Annual report and accounts 2023 to 2024".',
      ];
    case 'bad-reference':
      return [
        `The attachment's ${a.field} "${a.value}" is not valid: ${a.why}`,
        `Correct the ${a.label}, or leave the line out.`,
      ];
    case 'not-a-document':
      return [
        `":::attachment ${a.target}" names no document beside the page.`,
        'Name a document in the department\'s folder by its path from this page, e.g. ":::attachment annual-report.pdf"; link to other addresses with [text](address).',
      ];
    case 'image':
      return [
        `":::attachment" names ${a.file}, which is an image, not a document.`,
        'Show an image with ![Alt text](image.png); attach documents such as PDF, CSV or ODS files.',
      ];
  }
};

/** Headings, blocks, attachments and accessible links and images in a page's Markdown. */
export const markdown = area('markdown', {
  HEADING_ID_DUPLICATE: rule({
    title: 'Two headings set the same id',
    severity: 'error',
    message: ({ id, other }: { id: string; other: number }) =>
      `The heading id "${id}" is used already by the heading on line ${other}, so links to it would find only the first.`,
    fix: ({ id }) => `Give this heading an id of its own, e.g. {#${id}-2}.`,
    example: { id: 'how-to-pay', other: 12 },
  }),
  HEADING_ATTRIBUTE_INVALID: rule({
    title: 'A heading sets something other than one valid id',
    severity: 'error',
    message: (a: { written: string; others?: readonly string[] }) =>
      a.others
        ? `"{${a.written}}" after the heading sets ${a.others.map((o) => `"${o}"`).join(', ')}, but a heading may only set its id; it has been left out.`
        : `"{${a.written}}" is not a heading id: write one id, starting with a letter, of letters, numbers, hyphens and underscores.`,
    fix: (a) =>
      a.others
        ? 'Keep only the id, e.g. {#what-we-did}: headings take their look from the GOV.UK Design System.'
        : 'Write the id as {#what-we-did}.',
    example: { written: '#what-we-did .big', others: ['.big'] },
  }),
  BLOCK_UNKNOWN: rule({
    title: 'A ":::" line is not a block the site knows',
    severity: 'error',
    message: ({ name }: { name: string }) =>
      name
        ? `":::${name}" is not a block this site knows; it is shown as text.`
        : 'A ":::" line closes no open block; it is shown as text.',
    fix: 'Use :::inset, :::warning, :::details Summary or :::attachment file.pdf, and close each with ::: on a line of its own.',
    example: { name: 'callout' },
  }),
  BLOCK_DETAILS_SUMMARY: rule({
    title: 'A :::details block has no summary',
    severity: 'error',
    message: 'A :::details block has no summary, so readers have nothing to click.',
    fix: 'Write the summary after the name, e.g. ":::details What counts as income".',
    example: {},
  }),
  BLOCK_WARNING_CONTENT: rule({
    title: 'A :::warning block holds more than one paragraph',
    severity: 'error',
    message: 'A :::warning block holds more than one paragraph of text.',
    fix: 'Keep a warning to one short paragraph; put detail in the page text after it.',
    example: {},
  }),
  ATTACHMENT_INVALID: rule({
    title: 'An :::attachment block cannot be read',
    severity: 'error',
    message: (a: AttachmentProblem) => attachmentTexts(a)[0],
    fix: (a) => attachmentTexts(a)[1],
    example: { problem: 'no-title', target: 'annual-report-2024.pdf' } as AttachmentProblem,
  }),
  ATTACHMENT_WITHOUT_HTML: rule({
    title: 'The page offers a PDF but says little itself',
    severity: 'warning',
    message: ({ words }: { words: number }) =>
      `The page offers a PDF but says little itself (${words} words), so people who cannot open PDFs get almost nothing: GOV.UK publishes HTML first.`,
    fix: 'Write what the document says on the page, and keep the PDF for those who need it.',
    example: { words: 12 },
  }),
  IMAGE_ALT_MISSING: rule({
    title: 'An image has no alt text',
    severity: 'error',
    message: ({ src }: { src: string; html: boolean; decorative?: string }) =>
      `The image "${src}" has no alt text, so people who cannot see it are told nothing.`,
    fix: ({ html, decorative }) =>
      html
        ? 'Add alt="..." describing what the image shows, or alt="" if it is only decoration.'
        : `Describe what the image shows between the brackets: ![A chart of ...](chart.png). If it is only decoration, write ![${decorative}](image.png).`,
    example: { src: 'chart.png', html: false, decorative: '""' },
  }),
  LINK_TEXT_MISSING: rule({
    title: 'A link has no text',
    severity: 'error',
    message: (_: { html: boolean }) =>
      'A link has no text, so screen readers announce it as nothing.',
    fix: ({ html }) =>
      html
        ? 'Put the words the link leads to between <a ...> and </a>, or remove the empty link.'
        : 'Write the words the link leads to between the brackets: [Apply for a licence](/licences/apply/), or remove the empty link.',
    example: { html: false },
  }),
  MEDIA_EXTERNAL: rule({
    title: 'An image or media file is on another website',
    severity: 'warning',
    message: ({ element, url }: { element: string; url: string }) =>
      `The <${element}> loads "${url}" from another website, which the site's Content-Security-Policy blocks: readers will not see it.`,
    fix: "Save the file beside the page in the department's folder and point to it by its file name.",
    example: { element: 'img', url: 'https://www.example.com/chart.png' },
  }),
});
