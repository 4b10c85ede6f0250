import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAttachmentInfo } from '../../src/files/attachment-info.ts';
import { type FileType, fileTypeFor } from '../../src/files/file-types.ts';
import { pdf, utf8 } from './make-files.ts';

const PDF = fileTypeFor('pdf') as FileType;
const FIX =
  'Open and save it again as PDF, for example with "Save as" or "Export to PDF" in the program that made it, then replace this file.';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readAttachmentInfo', () => {
  it('counts the pages of a real PDF', async () => {
    const bytes = await pdf(3);
    expect(await readAttachmentInfo('content/x/report.pdf', bytes, PDF)).toEqual({
      info: { bytes: bytes.length, pages: 3 },
      diagnostics: [],
    });
  });

  it('counts the pages of an encrypted PDF without decrypting it', async () => {
    // The trailer names an encryption dictionary (after the xref table, so no offset moves).
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.addPage();
    const plain = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    const encrypted = plain.replace(
      'trailer\n<<',
      'trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >>',
    );
    expect(encrypted).not.toBe(plain);
    const bytes = new Uint8Array(Buffer.from(encrypted, 'latin1'));
    await expect(PDFDocument.load(bytes)).rejects.toThrow(/encrypted/i);
    expect((await readAttachmentInfo('content/x/report.pdf', bytes, PDF)).info.pages).toBe(2);
  });

  it('gives only the size of other documents', async () => {
    const bytes = utf8('Band,Rate\nStandard,20%\n');
    expect(await readAttachmentInfo('content/x/rates.csv', bytes, fileTypeFor('csv')!)).toEqual({
      info: { bytes: 23 },
      diagnostics: [],
    });
  });

  it('reports a PDF that cannot be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // pdf-lib reports what it skips
    const bytes = (await pdf(3)).slice(0, 200);
    const read = await readAttachmentInfo('content/x/report.pdf', bytes, PDF);
    expect(read.info).toEqual({ bytes: 200 });
    expect(read.diagnostics).toEqual([
      {
        code: 'ATTACHMENT_PDF_UNREADABLE',
        severity: 'error',
        file: 'content/x/report.pdf',
        line: 0,
        column: 0,
        message:
          'content/x/report.pdf is damaged or not a PDF that can be read, so people may not be able to open it and its number of pages cannot be shown.',
        fix: FIX,
      },
    ]);
  });

  it('reports a PDF with no pages', async () => {
    const bytes = await (await PDFDocument.create()).save({ addDefaultPage: false });
    const read = await readAttachmentInfo('content/x/blank.pdf', bytes, PDF);
    expect(read.info).toEqual({ bytes: bytes.length });
    expect(read.diagnostics).toMatchObject([
      {
        code: 'ATTACHMENT_PDF_UNREADABLE',
        message:
          'content/x/blank.pdf has no pages, so people may not be able to open it and its number of pages cannot be shown.',
        fix: FIX,
      },
    ]);
  });
});
