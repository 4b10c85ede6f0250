import { area, rule } from './rule.ts';

/** Images and documents beside the pages: their addresses, their types and their bytes. */
export const files = area('files', {
  FILE_URL_COLLISION: rule({
    title: 'Two files would publish at one address',
    severity: 'error',
    message: ({
      file,
      other,
      url,
      sameDepartment,
    }: {
      file: string;
      other: string;
      url: string;
      sameDepartment: boolean;
    }) =>
      `${file} and ${other} would both publish at ${url}${sameDepartment ? ': file names are lowercased and spaces and punctuation made hyphens' : ", since a file's address leaves out its department"}.`,
    fix: 'Rename one of the two files, or move it into a folder of its own.',
    example: {
      file: 'content/tax-office/vat/Annual Report.pdf',
      other: 'content/tax-office/vat/annual-report.pdf',
      url: '/vat/annual-report.pdf',
      sameDepartment: true,
    },
  }),
  FILE_URL_RESERVED: rule({
    title: 'A file would publish at an address the site generates',
    severity: 'error',
    message: ({ file, url, reserved }: { file: string; url: string; reserved: string }) =>
      `${file} would publish at ${url}${reserved === url ? '' : `, inside ${reserved}`}, which the site keeps for what it generates itself.`,
    fix: 'Move the file into a folder of its own, beside the pages that use it.',
    example: { file: 'content/tax-office/robots.txt', url: '/robots.txt', reserved: '/robots.txt' },
  }),
  FILE_UNUSED: rule({
    title: 'No page uses a file',
    severity: 'warning',
    message: ({ file }: { file: string }) =>
      `No published page links to or shows ${file}, so it is not published.`,
    fix: 'Link to it from the page it belongs to, or delete it.',
    example: { file: 'content/tax-office/vat/old-form.pdf' },
  }),
  FILE_TYPE_REFUSED: rule({
    title: 'A type of file the site never publishes',
    severity: 'error',
    message: ({ file, reason }: { file: string; reason: string; advice: string }) =>
      `${file} is ${reason}.`,
    fix: ({ advice }) => advice,
    example: {
      file: 'content/tax-office/vat/calculator.exe',
      reason: 'a program or script, which could harm the computer of anyone who downloads it',
      advice: 'Do not publish programs. Link to the page that offers the download instead.',
    },
  }),
  FILE_TYPE_UNKNOWN: rule({
    title: 'A type of file the site does not publish',
    severity: 'error',
    message: ({
      file,
      extension,
    }: {
      file: string;
      extension: string;
      images: string;
      documents: string;
    }) =>
      extension
        ? `${file} has the extension .${extension}, which is not a type of file the site publishes.`
        : `${file} has no file extension, so the site cannot tell what kind of file it is.`,
    fix: ({ images, documents }) =>
      `Save it as one of the types the site publishes. Images: ${images}. Documents: ${documents}.`,
    example: {
      file: 'content/tax-office/vat/video.mp4',
      extension: 'mp4',
      images: '.png, .jpg',
      documents: '.pdf, .csv',
    },
  }),
  FILE_EMPTY: rule({
    title: 'A file is empty',
    severity: 'error',
    message: ({ file }: { file: string }) => `${file} is empty: it has no content at all.`,
    fix: 'Save the file again, or delete it if it is not needed.',
    example: { file: 'content/tax-office/vat/rates.csv' },
  }),
  FILE_CONTENT_MISMATCH: rule({
    title: "A file's bytes are not what its name says",
    severity: 'error',
    message: ({
      file,
      extension,
      problem,
    }: {
      file: string;
      extension: string;
      problem: string;
      text: boolean;
      abbr: string;
    }) => `${file} is named .${extension} but ${problem}.`,
    fix: ({ text, abbr }) =>
      text
        ? 'Save it again as UTF-8 text, or rename it if it is meant to be another kind of file.'
        : `Save or export it again as ${abbr}, or rename it if it is meant to be another kind of file.`,
    example: {
      file: 'content/tax-office/vat/report.pdf',
      extension: 'pdf',
      problem: 'its bytes are a ZIP archive',
      text: false,
      abbr: 'PDF',
    },
  }),
  ATTACHMENT_PDF_UNREADABLE: rule({
    title: 'A PDF cannot be read',
    severity: 'error',
    message: ({ file, empty }: { file: string; empty: boolean }) =>
      `${file} ${empty ? 'has no pages' : 'is damaged or not a PDF that can be read'}, so people may not be able to open it and its number of pages cannot be shown.`,
    fix: 'Open and save it again as PDF, for example with "Save as" or "Export to PDF" in the program that made it, then replace this file.',
    example: { file: 'content/tax-office/vat/annual-report.pdf', empty: false },
  }),
});
