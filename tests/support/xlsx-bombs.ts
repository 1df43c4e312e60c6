/**
 * Spreadsheet bombs for issue 18 §4, built here so nothing large is checked in: .xlsx files of a few
 * kilobytes that declare a huge sheet, a million empty cells, or shared strings that inflate to
 * hundreds of megabytes — plus an honest workbook of the same shape, which must still be read.
 */
import { crc32, deflateRawSync } from 'node:zlib';

interface Part {
  name: string;
  /** The part's bytes, or a repeated chunk (for parts too large to hold: deflated piece by piece). */
  content: Buffer | { chunk: Buffer; times: number; head: string; tail: string };
  /** Declare this uncompressed size instead of the real one (a lying central directory). */
  declare?: number;
}

function deflated(part: Part): { data: Buffer; crc: number; size: number } {
  if (Buffer.isBuffer(part.content)) {
    return { data: deflateRawSync(part.content), crc: crc32(part.content), size: part.content.length };
  }
  const { chunk, times, head, tail } = part.content;
  // Deflating the repeated chunk as one buffer would need it whole: build it once, at most 64 MB.
  const whole = Buffer.concat([Buffer.from(head), Buffer.alloc(chunk.length * times, chunk), Buffer.from(tail)]);
  return { data: deflateRawSync(whole, { level: 9 }), crc: crc32(whole), size: whole.length };
}

export function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = deflated(part);
    const name = Buffer.from(part.name);
    const declared = part.declare ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(declared, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function workbook(sheet: Part['content'], sharedStrings?: Part): Buffer {
  const strings = sharedStrings !== undefined;
  return zip([
    {
      name: '[Content_Types].xml',
      content: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      content: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      content: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Order" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${strings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', content: sheet },
    ...(sharedStrings ? [sharedStrings] : []),
  ]);
}

const sheetXml = (rows: string, dimension = 'A1:B3') =>
  xml(`<worksheet xmlns="${MAIN}"><dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`);

const ORDER_ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Company</t></is></c><c r="B1" t="inlineStr"><is><t>Acme Corp</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Sellable item</t></is></c><c r="B2" t="inlineStr"><is><t>SIP Server 9.0</t></is></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>Quantity</t></is></c><c r="B3"><v>50</v></c></row>';

/** A real order of three rows: read as before. */
export const honestWorkbook = () => workbook(sheetXml(ORDER_ROWS));

/** The order, plus one cell at the last row and column Excel has, and a dimension to match. */
export const wideSheetBomb = () =>
  workbook(sheetXml(`${ORDER_ROWS}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`, 'A1:XFD1048576'));

/** A million empty cells: a thousand rows of a thousand `<c/>`. */
export const emptyCellsBomb = () =>
  workbook({
    head: `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>`,
    chunk: Buffer.from(`<row>${'<c/>'.repeat(1000)}</row>`),
    times: 1000,
    tail: '</sheetData></worksheet>',
  });

/** One shared string of 48 MB of "A", honestly declared. */
export const hugeStringBomb = () =>
  workbook(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', 'A1'), {
    name: 'xl/sharedStrings.xml',
    content: {
      head: `<sst xmlns="${MAIN}"><si><t>`,
      chunk: Buffer.from('A'.repeat(1024)),
      times: 48 * 1024,
      tail: '</t></si></sst>',
    },
  });

/** The same string, its size declared as 1 kB: the central directory lies. */
export const lyingStringBomb = () =>
  workbook(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', 'A1'), {
    name: 'xl/sharedStrings.xml',
    content: {
      head: `<sst xmlns="${MAIN}"><si><t>`,
      chunk: Buffer.from('A'.repeat(1024)),
      times: 48 * 1024,
      tail: '</t></si></sst>',
    },
    declare: 1024,
  });

/** Two million tiny shared strings. */
export const manyStringsBomb = () =>
  workbook(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', 'A1'), {
    name: 'xl/sharedStrings.xml',
    content: {
      head: `<sst xmlns="${MAIN}">`,
      chunk: Buffer.from('<si><t>x</t></si>'),
      times: 2_000_000,
      tail: '</sst>',
    },
  });

export const BOMBS = {
  wideSheetBomb,
  emptyCellsBomb,
  hugeStringBomb,
  lyingStringBomb,
  manyStringsBomb,
};
