import { describe, expect, it } from 'vitest';
import {
  checkFileBytes,
  FILE_TYPES,
  fileTypeFor,
  REFUSED_EXTENSIONS,
  refusalFor,
} from '../../src/files/file-types.ts';
import { cfb, docx, exe, jpeg, ods, pdf, png, utf8, zip } from './make-files.ts';

const ALLOWED =
  'Save it as one of the types the site publishes. Images: .png, .jpg, .jpeg, .gif, .webp, .avif, .svg. ' +
  'Documents: .pdf, .csv, .txt, .odt, .ods, .odp, .docx, .xlsx, .pptx, .doc, .xls, .rtf, .zip, .json, .xml, .ics.';

async function accepted(file: string, bytes: Uint8Array) {
  const result = await checkFileBytes(file, bytes);
  expect(result.diagnostics).toEqual([]);
  return result.type!;
}

async function onlyProblem(file: string, bytes: Uint8Array) {
  const result = await checkFileBytes(file, bytes);
  expect(result.type).toBeUndefined();
  expect(result.diagnostics).toHaveLength(1);
  const [d] = result.diagnostics;
  expect(d).toMatchObject({ severity: 'error', file, line: 0, column: 0 });
  return d!;
}

describe('the list of file types', () => {
  it('recognises every allowed type by its bytes or as text', () => {
    for (const [ext, spec] of Object.entries(FILE_TYPES)) {
      expect(ext).toBe(ext.toLowerCase());
      expect(Boolean(spec.text) || (spec.magic?.length ?? 0) > 0, ext).toBe(true);
      expect(spec.label.abbr && spec.label.title && spec.mime, ext).toBeTruthy();
    }
  });

  it('refuses nothing it allows', () => {
    const refused = REFUSED_EXTENSIONS.flatMap((r) => r.extensions);
    expect(refused.filter((ext) => ext in FILE_TYPES)).toEqual([]);
    expect(new Set(refused).size).toBe(refused.length);
  });

  it('looks types up whatever the case of the extension', () => {
    expect(fileTypeFor('PDF')).toMatchObject({
      extension: 'pdf',
      kind: 'attachment',
      mime: 'application/pdf',
    });
    expect(fileTypeFor('Jpeg')?.label).toEqual({ abbr: 'JPEG', title: 'JPEG image' });
    expect(fileTypeFor('constructor')).toBeUndefined();
    expect(refusalFor('EXE')?.extensions).toContain('exe');
  });

  it('labels attachments as GOV.UK does', () => {
    expect(FILE_TYPES.pdf?.label).toEqual({ abbr: 'PDF', title: 'Portable Document Format' });
    expect(FILE_TYPES.csv?.label).toEqual({ abbr: 'CSV', title: 'Comma-separated Values' });
    expect(FILE_TYPES.ods?.label).toEqual({ abbr: 'ODS', title: 'OpenDocument Spreadsheet' });
    expect(FILE_TYPES.odt?.label).toEqual({ abbr: 'ODT', title: 'OpenDocument Text' });
    expect(FILE_TYPES.xlsx?.label).toEqual({ abbr: 'XLSX', title: 'MS Excel Spreadsheet' });
    expect(FILE_TYPES.docx?.label).toEqual({ abbr: 'DOCX', title: 'MS Word Document' });
  });
});

describe('checkFileBytes accepts', () => {
  it('a real PNG, whatever the case of its extension', async () => {
    const bytes = await png();
    expect(await accepted('content/tax-office/vat/rates-chart.png', bytes)).toMatchObject({
      extension: 'png',
      kind: 'image',
      mime: 'image/png',
    });
    expect((await accepted('content/tax-office/vat/rates-chart.PNG', bytes)).extension).toBe('png');
  });

  it('a JPEG named .jpg or .jpeg', async () => {
    const bytes = await jpeg();
    expect((await accepted('content/x/photo.jpg', bytes)).mime).toBe('image/jpeg');
    expect((await accepted('content/x/photo.jpeg', bytes)).extension).toBe('jpeg');
  });

  it('a real 3-page PDF', async () => {
    expect((await accepted('content/x/report.pdf', await pdf(3))).label.abbr).toBe('PDF');
  });

  it('ZIP-based documents and archives', async () => {
    expect((await accepted('content/x/letter.docx', docx())).kind).toBe('attachment');
    expect((await accepted('content/x/figures.ods', ods())).label.abbr).toBe('ODS');
    expect((await accepted('content/x/bundle.zip', zip({ 'a.txt': 'hello' }))).mime).toBe(
      'application/zip',
    );
  });

  it('old Office files, which are compound files', async () => {
    await accepted('content/x/old.doc', cfb());
    await accepted('content/x/old.xls', cfb());
  });

  it('UTF-8 text, with or without a byte order mark', async () => {
    expect(
      (await accepted('content/x/rates.csv', utf8('Band,Rate\nStandard,20%\nReduced,5%\n'))).mime,
    ).toBe('text/csv; charset=utf-8');
    await accepted('content/x/notes.txt', utf8('\uFEFFCafé £5 – 10 €'));
    await accepted('content/x/data.json', utf8('{"rate": 20}'));
    await accepted('content/x/feed.xml', utf8('<?xml version="1.0"?><feed/>'));
    await accepted(
      'content/x/dates.ics',
      utf8('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'),
    );
  });

  it('an SVG with or without an XML declaration', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>';
    expect((await accepted('content/x/logo.svg', utf8(svg))).kind).toBe('image');
    await accepted('content/x/logo.svg', utf8(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`));
  });
});

describe('checkFileBytes refuses', () => {
  it('programs, with the reason and what to do instead', async () => {
    expect(await onlyProblem('content/x/setup.exe', exe())).toMatchObject({
      code: 'FILE_TYPE_REFUSED',
      message:
        'content/x/setup.exe is a program or script, which could harm the computer of anyone who downloads it.',
      fix: 'Do not publish programs. Link to the page that offers the download instead.',
    });
    expect((await onlyProblem('content/x/SETUP.EXE', exe())).code).toBe('FILE_TYPE_REFUSED');
    expect((await onlyProblem('content/x/tool.ps1', utf8('Write-Host hi'))).code).toBe(
      'FILE_TYPE_REFUSED',
    );
  });

  it('web pages', async () => {
    expect(await onlyProblem('content/x/old-page.html', utf8('<p>Hello</p>'))).toMatchObject({
      code: 'FILE_TYPE_REFUSED',
      message:
        'content/x/old-page.html is a web page, which would appear on the site without its design, navigation or checks.',
      fix: 'Publish the content as a page: copy it into a Markdown (.md) file.',
    });
  });

  it('Office files with macros', async () => {
    expect(await onlyProblem('content/x/form.xlsm', zip({ a: 'b' }))).toMatchObject({
      code: 'FILE_TYPE_REFUSED',
      message:
        'content/x/form.xlsm is an Office file with macros, which can run code on the computer that opens it.',
      fix: 'Save it again without macros, as .docx, .xlsx or .pptx.',
    });
  });

  it('extensions not in the list, listing what is allowed', async () => {
    expect(await onlyProblem('content/x/drawing.bmp', utf8('BM'))).toMatchObject({
      code: 'FILE_TYPE_UNKNOWN',
      message:
        'content/x/drawing.bmp has the extension .bmp, which is not a type of file the site publishes.',
      fix: ALLOWED,
    });
    expect(await onlyProblem('content/x/README', utf8('hello'))).toMatchObject({
      code: 'FILE_TYPE_UNKNOWN',
      message:
        'content/x/README has no file extension, so the site cannot tell what kind of file it is.',
      fix: ALLOWED,
    });
  });

  it('an empty file', async () => {
    expect(await onlyProblem('content/x/rates.csv', new Uint8Array())).toMatchObject({
      code: 'FILE_EMPTY',
      message: 'content/x/rates.csv is empty: it has no content at all.',
      fix: 'Save the file again, or delete it if it is not needed.',
    });
  });
});

describe('checkFileBytes finds a file whose bytes are not what its name says', () => {
  it('a PNG named .pdf', async () => {
    expect(await onlyProblem('content/x/report.pdf', await png())).toMatchObject({
      code: 'FILE_CONTENT_MISMATCH',
      message: 'content/x/report.pdf is named .pdf but its bytes are a PNG image.',
      fix: 'Save or export it again as PDF, or rename it if it is meant to be another kind of file.',
    });
  });

  it('a ZIP archive named as a spreadsheet, and a program named as a PDF', async () => {
    expect((await onlyProblem('content/x/figures.xlsx', zip({ 'a.txt': 'hello' }))).message).toBe(
      'content/x/figures.xlsx is named .xlsx but its bytes are a ZIP archive.',
    );
    expect((await onlyProblem('content/x/report.pdf', exe())).message).toBe(
      'content/x/report.pdf is named .pdf but its bytes are a Windows program.',
    );
  });

  it('bytes no type is recognised in', async () => {
    expect(
      (await onlyProblem('content/x/report.pdf', utf8('This is not really a PDF'))).message,
    ).toBe('content/x/report.pdf is named .pdf but its bytes are not a PDF file.');
  });

  it('a PNG named .csv', async () => {
    expect(await onlyProblem('content/x/rates.csv', await png())).toMatchObject({
      code: 'FILE_CONTENT_MISMATCH',
      message: 'content/x/rates.csv is named .csv but its bytes are a PNG image.',
      fix: 'Save it again as UTF-8 text, or rename it if it is meant to be another kind of file.',
    });
  });

  it('text with a NUL byte, in another encoding, or in UTF-16', async () => {
    expect(
      (await onlyProblem('content/x/rates.csv', new Uint8Array([0x61, 0x2c, 0x00, 0x62]))).message,
    ).toBe('content/x/rates.csv is named .csv but it contains a NUL byte, which text never does.');
    // "Café" saved as Windows-1252: é is the single byte 0xE9, never valid UTF-8 on its own.
    expect(
      (await onlyProblem('content/x/notes.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).message,
    ).toBe('content/x/notes.txt is named .txt but it is not UTF-8 text.');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a,b'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await onlyProblem('content/x/rates.csv', utf16)).message).toBe(
      'content/x/rates.csv is named .csv but it is saved as UTF-16 text, not UTF-8.',
    );
  });

  it('an XML document named .txt, since the name must say what the file is', async () => {
    expect(
      (await onlyProblem('content/x/notes.txt', utf8('<?xml version="1.0"?><a/>'))).message,
    ).toBe('content/x/notes.txt is named .txt but its bytes are an XML document.');
  });

  it('a Word document named .zip', async () => {
    expect((await onlyProblem('content/x/bundle.zip', docx())).message).toBe(
      'content/x/bundle.zip is named .zip but its bytes are a Word document (.docx).',
    );
  });
});

describe('checkFileBytes names types it has no words for by their initials', () => {
  it('a 7-Zip archive named .pdf', async () => {
    const sevenZip = new Uint8Array([
      0x37,
      0x7a,
      0xbc,
      0xaf,
      0x27,
      0x1c,
      0x00,
      0x04,
      ...new Array(24).fill(0),
    ]);
    expect((await onlyProblem('content/x/report.pdf', sevenZip)).message).toBe(
      'content/x/report.pdf is named .pdf but its bytes are a 7Z file.',
    );
  });

  it('an MP4 video named .pdf', async () => {
    const mp4 = new Uint8Array([
      0x00,
      0x00,
      0x00,
      0x18,
      ...new TextEncoder().encode('ftypmp42'),
      0,
      0,
      0,
      0,
      ...new TextEncoder().encode('isommp42'),
    ]);
    expect((await onlyProblem('content/x/report.pdf', mp4)).message).toBe(
      'content/x/report.pdf is named .pdf but its bytes are an MP4 file.',
    );
  });
});
