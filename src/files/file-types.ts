/**
 * What departments may publish beside their pages, and the check that a file's bytes are what its
 * name says. The list is an allowlist: anything not named here is refused, because a file on a
 * government domain is trusted by whoever downloads it.
 */
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { files } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';

export type FileKind = 'image' | 'attachment';

/** How a type's bytes are recognised: by what `file-type` reports, or as UTF-8 text. */
type Recognition =
  /** Extensions `file-type` reports for a genuine file of this type. */
  | { magic: readonly string[]; text?: never }
  /** `file-type` cannot detect it; it must be UTF-8 with no NUL. `magic`: what it may still report. */
  | { text: true; magic?: readonly string[] };

export type FileTypeSpec = Recognition & {
  kind: FileKind;
  /** Shown as `<abbr title="…">abbr</abbr>` in the attachment, as GOV.UK does. */
  label: { abbr: string; title: string };
  /** Content-Type to serve. Text types say UTF-8, which the check guarantees, so browsers agree. */
  mime: string;
};

export type FileType = FileTypeSpec & { extension: string };

const image = (abbr: string, title: string, mime: string, magic: string[]): FileTypeSpec => ({
  kind: 'image',
  label: { abbr, title },
  mime,
  magic,
});
const doc = (abbr: string, title: string, mime: string, magic: string[]): FileTypeSpec => ({
  kind: 'attachment',
  label: { abbr, title },
  mime,
  magic,
});
const text = (abbr: string, title: string, mime: string, magic: string[] = []): FileTypeSpec => ({
  kind: 'attachment',
  label: { abbr, title },
  mime,
  text: true,
  magic,
});
const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

/** Keyed by lowercase extension without the dot. */
export const FILE_TYPES: Readonly<Record<string, FileTypeSpec>> = {
  png: image('PNG', 'Portable Network Graphic', 'image/png', ['png', 'apng']),
  jpg: image('JPEG', 'JPEG image', 'image/jpeg', ['jpg']),
  jpeg: image('JPEG', 'JPEG image', 'image/jpeg', ['jpg']),
  gif: image('GIF', 'Graphics Interchange Format', 'image/gif', ['gif']),
  webp: image('WebP', 'WebP image', 'image/webp', ['webp']),
  avif: image('AVIF', 'AV1 Image File Format', 'image/avif', ['avif']),
  // SVG is text here; svg.ts checks it is a safe drawing. file-type reports `<?xml` as xml.
  svg: { ...text('SVG', 'Scalable Vector Graphics', 'image/svg+xml', ['xml']), kind: 'image' },
  pdf: doc('PDF', 'Portable Document Format', 'application/pdf', ['pdf']),
  csv: text('CSV', 'Comma-separated Values', 'text/csv; charset=utf-8'),
  txt: text('TXT', 'Plain Text', 'text/plain; charset=utf-8'),
  odt: doc('ODT', 'OpenDocument Text', `${ODF}.text`, ['odt']),
  ods: doc('ODS', 'OpenDocument Spreadsheet', `${ODF}.spreadsheet`, ['ods']),
  odp: doc('ODP', 'OpenDocument Presentation', `${ODF}.presentation`, ['odp']),
  docx: doc('DOCX', 'MS Word Document', `${OOXML}.wordprocessingml.document`, ['docx']),
  xlsx: doc('XLSX', 'MS Excel Spreadsheet', `${OOXML}.spreadsheetml.sheet`, ['xlsx']),
  pptx: doc('PPTX', 'MS PowerPoint Presentation', `${OOXML}.presentationml.presentation`, ['pptx']),
  // Old Office files are all "compound files" to file-type, so .doc and .xls cannot be told apart.
  doc: doc('DOC', 'MS Word Document', 'application/msword', ['cfb']),
  xls: doc('XLS', 'MS Excel Spreadsheet', 'application/vnd.ms-excel', ['cfb']),
  rtf: doc('RTF', 'Rich Text Format', 'application/rtf', ['rtf']),
  zip: doc('ZIP', 'ZIP archive', 'application/zip', ['zip']),
  json: text('JSON', 'JavaScript Object Notation', 'application/json'),
  xml: text('XML', 'XML Document', 'application/xml', ['xml']),
  ics: text('ICS', 'iCalendar', 'text/calendar; charset=utf-8', ['ics']),
};

export interface Refusal {
  extensions: readonly string[];
  /** Completes "<file> is …". */
  reason: string;
  fix: string;
}

/** Extensions refused with a reason of their own, rather than the general "not in the list". */
export const REFUSED_EXTENSIONS: readonly Refusal[] = [
  {
    extensions: [
      'exe',
      'msi',
      'bat',
      'cmd',
      'com',
      'scr',
      'sh',
      'bash',
      'ps1',
      'vbs',
      'js',
      'mjs',
      'cjs',
      'jar',
      'dll',
      'so',
      'dylib',
      'apk',
      'app',
      'dmg',
      'deb',
      'rpm',
      'pkg',
      'php',
      'py',
      'rb',
      'pl',
      'wasm',
      'lnk',
      'reg',
      'hta',
    ],
    reason: 'a program or script, which could harm the computer of anyone who downloads it',
    fix: 'Do not publish programs. Link to the page that offers the download instead.',
  },
  {
    extensions: ['html', 'htm', 'xhtml', 'shtml', 'mht', 'mhtml'],
    reason: 'a web page, which would appear on the site without its design, navigation or checks',
    fix: 'Publish the content as a page: copy it into a Markdown (.md) file.',
  },
  {
    extensions: ['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm'],
    reason: 'an Office file with macros, which can run code on the computer that opens it',
    fix: 'Save it again without macros, as .docx, .xlsx or .pptx.',
  },
  {
    extensions: ['rar', '7z', 'tar', 'gz', 'tgz', 'bz2', 'xz'],
    reason: 'an archive that many people cannot open',
    fix: 'Publish the files inside it separately, or put them in a .zip file.',
  },
];

export function fileTypeFor(extension: string): FileType | undefined {
  const ext = extension.toLowerCase();
  const spec = Object.hasOwn(FILE_TYPES, ext) ? FILE_TYPES[ext] : undefined;
  return spec && { ...spec, extension: ext };
}

export const refusalFor = (extension: string) =>
  REFUSED_EXTENSIONS.find((r) => r.extensions.includes(extension.toLowerCase()));

/** How a type file-type detected is named in a message: "its bytes are a ZIP archive". */
const DETECTED: Readonly<Record<string, string>> = {
  png: 'a PNG image',
  apng: 'a PNG image',
  jpg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  heic: 'a HEIC photo',
  pdf: 'a PDF document',
  zip: 'a ZIP archive',
  docx: 'a Word document (.docx)',
  xlsx: 'an Excel spreadsheet (.xlsx)',
  pptx: 'a PowerPoint presentation (.pptx)',
  odt: 'an OpenDocument text (.odt)',
  ods: 'an OpenDocument spreadsheet (.ods)',
  odp: 'an OpenDocument presentation (.odp)',
  cfb: 'an older Microsoft Office file (such as .doc or .xls)',
  rtf: 'a Rich Text Format document',
  xml: 'an XML document',
  ics: 'a calendar (.ics)',
  exe: 'a Windows program',
  elf: 'a Linux program',
  macho: 'a Mac program',
  jar: 'a Java program',
  apk: 'an Android app',
  docm: 'a Word document with macros',
  xlsm: 'an Excel spreadsheet with macros',
};
// Otherwise its initials, with the article they take aloud: "an MP4 file", "a 7Z file".
const describe = (ext: string) =>
  DETECTED[ext] ?? `${/^[aefhilmnorsx]/i.test(ext) ? 'an' : 'a'} ${ext.toUpperCase()} file`;

const allowedList = (kind: FileKind) =>
  Object.keys(FILE_TYPES)
    .filter((ext) => FILE_TYPES[ext]?.kind === kind)
    .map((e) => `.${e}`)
    .join(', ');

/** Why a text type's bytes are not UTF-8 text, or undefined when they are. */
function notText(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'it is saved as UTF-16 text, not UTF-8';
  }
  if (bytes.includes(0)) return 'it contains a NUL byte, which text never does';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    return 'it is not UTF-8 text';
  }
}

export async function checkFileBytes(
  file: string,
  bytes: Uint8Array,
): Promise<{ type?: FileType; diagnostics: Diagnostic[] }> {
  const written = path.posix.extname(file).slice(1);
  const refused = (diagnostic: Diagnostic) => ({ diagnostics: [diagnostic] });
  const refusal = refusalFor(written);
  if (refusal)
    return refused(
      report(
        files.FILE_TYPE_REFUSED,
        { file },
        { file, reason: refusal.reason, advice: refusal.fix },
      ),
    );
  const type = fileTypeFor(written);
  if (!type) {
    return refused(
      report(
        files.FILE_TYPE_UNKNOWN,
        { file },
        {
          file,
          extension: written,
          images: allowedList('image'),
          documents: allowedList('attachment'),
        },
      ),
    );
  }
  if (bytes.length === 0) return refused(report(files.FILE_EMPTY, { file }, { file }));
  const detected = await fileTypeFromBuffer(bytes);
  let problem: string | undefined;
  if (detected && !(type.magic ?? []).includes(detected.ext))
    problem = `its bytes are ${describe(detected.ext)}`;
  else if (type.text) problem = notText(bytes);
  else if (!detected) problem = `its bytes are not a ${type.label.abbr} file`;
  if (!problem) return { type, diagnostics: [] };
  return refused(
    report(
      files.FILE_CONTENT_MISMATCH,
      { file },
      { file, extension: written, problem, text: Boolean(type.text), abbr: type.label.abbr },
    ),
  );
}
