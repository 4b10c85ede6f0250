/**
 * What an attachment's link tells people before they download it: its size, and for a PDF its
 * number of pages, as GOV.UK shows "PDF, 1.5 MB, 24 pages". Call it after checkFileBytes has
 * accepted the file, with the type it returned.
 */
import { PDFDocument } from 'pdf-lib';
import { files } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import type { FileType } from './file-types.ts';

export interface AttachmentInfo {
  bytes: number;
  /** PDFs only. */
  pages?: number;
}

export async function readAttachmentInfo(
  file: string,
  bytes: Uint8Array,
  type: FileType,
): Promise<{ info: AttachmentInfo; diagnostics: Diagnostic[] }> {
  const info: AttachmentInfo = { bytes: bytes.length };
  if (type.mime !== 'application/pdf') return { info, diagnostics: [] };
  const pages = await countPdfPages(bytes);
  if (pages !== undefined && pages > 0) return { info: { ...info, pages }, diagnostics: [] };
  return {
    info,
    diagnostics: [report(files.ATTACHMENT_PDF_UNREADABLE, { file }, { file, empty: pages === 0 })],
  };
}

/** Page count, or undefined when pdf-lib cannot parse the file. Encrypted PDFs still count. */
async function countPdfPages(bytes: Uint8Array): Promise<number | undefined> {
  try {
    // updateMetadata: false so loading never touches the producer or dates (nothing is saved).
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    return pdf.getPageCount();
  } catch {
    return undefined;
  }
}
