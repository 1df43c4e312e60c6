import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAttachment } from '../../../../src/services/license-request/read-attachment.ts';

async function xlsx(rows: (string | number | Date)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Kit').addRows(rows);
  book.addWorksheet('Servers').addRows([
    ['Host name', 'Host ID'],
    ['lic1', '0050569a1b2c'],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readAttachment: attachments into the extractor form (issue 5)', () => {
  it('reads a CSV into rows, with a , or ; delimiter and quoted cells', async () => {
    const comma = await readAttachment({
      filename: 'servers.csv',
      contentType: 'text/csv',
      content: Buffer.from('Host name,Host ID\n"lic, primary",00-50-56-9A-1B-2C\n'),
    });
    expect(comma).toMatchObject({
      ok: true,
      attachment: {
        name: 'servers.csv',
        kind: 'csv',
        rows: [
          ['Host name', 'Host ID'],
          ['lic, primary', '00-50-56-9A-1B-2C'],
        ],
      },
    });
    const semicolon = await readAttachment({
      filename: 'parts.csv',
      contentType: 'application/octet-stream',
      content: Buffer.from('\uFEFFPart Number;Qty\nSW-001-4.0-AL02;10\n'),
    });
    expect(semicolon).toMatchObject({
      ok: true,
      attachment: {
        rows: [
          ['Part Number', 'Qty'],
          ['SW-001-4.0-AL02', '10'],
        ],
      },
    });
  });

  it('reads every sheet of an .xlsx into rows, numbers and dates as text', async () => {
    const content = await xlsx([
      ['Company name', 'Contoso Contact'],
      ['Quantity', 250],
      ['Date needed', new Date(Date.UTC(2019, 2, 20))],
    ]);
    const result = await readAttachment({ filename: 'kit.xlsx', contentType: 'application/octet-stream', content });
    expect(result).toEqual({
      ok: true,
      attachment: {
        name: 'kit.xlsx',
        kind: 'rows',
        rows: [
          ['Company name', 'Contoso Contact'],
          ['Quantity', '250'],
          ['Date needed', '2019-03-20'],
          [],
          ['Host name', 'Host ID'],
          ['lic1', '0050569a1b2c'],
        ],
      },
    });
  });

  it('reads text attachments, UTF-16 included', async () => {
    const utf8 = await readAttachment({
      filename: 'request.txt',
      contentType: 'text/plain',
      content: Buffer.from('Host ID: 1'),
    });
    expect(utf8).toEqual({ ok: true, attachment: { name: 'request.txt', kind: 'text', text: 'Host ID: 1' } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('GARN: 1', 'utf16le')]);
    const read = await readAttachment({ filename: 'form.txt', contentType: 'text/plain', content: utf16 });
    expect(read).toMatchObject({ ok: true, attachment: { text: 'GARN: 1' } });
  });

  it('ignores unknown binary with a note instead of guessing', async () => {
    const result = await readAttachment({
      filename: 'scan.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-1.4'),
    });
    expect(result).toEqual({ ok: false, note: 'scan.pdf: application/pdf is not text, CSV or .xlsx; ignored' });
  });

  it('turns a corrupt spreadsheet into a note, not a crash', async () => {
    const result = await readAttachment({ filename: 'kit.xlsx', contentType: '', content: Buffer.from('not a zip') });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.note).toMatch(/^kit\.xlsx: could not be read/);
  });
});
