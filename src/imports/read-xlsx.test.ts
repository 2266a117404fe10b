import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { type Zippable, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cell, spreadsheetFile } from './export-file.js';
import { FileFormatError, type FileRow } from './file-row.js';
import { readXlsx } from './read-xlsx.js';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-read-xlsx-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const newPath = () => path.join(dir, `f${n++}.xlsx`);

async function collect(file: string): Promise<FileRow[]> {
  const out: FileRow[] = [];
  for await (const rows of readXlsx(file)) out.push(...rows);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The reader before this one (exceljs, cells as text): what reading a file exceljs wrote must still give.

const pad = (v: number, width = 2) => String(v).padStart(width, '0');

function exceljsText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const at = new Date(Math.round(value.getTime() / 1000) * 1000);
    const date = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
    if (at.getTime() % 86_400_000 === 0) return date;
    return `${date}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
  }
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[]; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return exceljsText(v.result);
    if (v.text !== undefined) return exceljsText(v.text);
    if (v.error) return v.error;
    return '';
  }
  return String(value);
}

async function readWithExceljs(file: string): Promise<FileRow[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const out: FileRow[] = [];
  book.worksheets[0]?.eachRow((row) => {
    const cells = Array.from((row.values as unknown[]).slice(1), exceljsText);
    if (!cells.every((c) => c.trim() === '')) out.push({ row: row.number, cells });
  });
  return out;
}

/** Rows cell by cell: a row's trailing empty cells may be left out by one reader and not the other. */
const padded = (rows: FileRow[], width: number) =>
  rows.map((r) => ({ row: r.row, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? '') }));

async function expectSameAsExceljs(file: string, width: number) {
  const mine = await collect(file);
  expect(padded(mine, width)).toEqual(padded(await readWithExceljs(file), width));
  return mine;
}

describe('readXlsx reads what exceljs read, cell by cell', () => {
  const textCell = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.constantFrom(
      'a & b',
      '<tag>',
      '"quoted"',
      "it's",
      ' padded ',
      'two\nlines',
      'José Ñandú',
      '😀',
      '=1+2',
    ),
  );
  const dateCell = fc
    .date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2090-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => ({ date: d, numFmt: 'yyyy-mm-dd hh:mm:ss' }));
  const dayCell = fc
    .integer({ min: -20_000, max: 60_000 })
    .map((days) => ({ date: new Date(days * 86_400_000), numFmt: 'mm/dd/yyyy' }));
  const cell = fc.oneof(
    textCell,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    dateCell,
    dayCell,
    fc.constant(null),
    fc.constantFrom(
      { richText: [{ text: 'Aus', font: { bold: true } }, { text: 'tin & co' }] },
      { formula: 'A1*2', result: 84 },
      { formula: 'A1&"!"', result: 'x & y!' },
      { error: '#N/A' },
      { error: '#DIV/0!' },
      { text: 'site', hyperlink: 'https://example.com' },
    ),
  );
  const table = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });

  it.each([
    ['shared strings', true],
    ['inline strings', false],
  ])('on any table exceljs writes with %s', async (_what, useSharedStrings) => {
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const file = newPath();
        const book = new ExcelJS.stream.xlsx.WorkbookWriter({
          filename: file,
          useSharedStrings,
          useStyles: true,
        });
        const sheet = book.addWorksheet('Data');
        book.addWorksheet('Other').addRow(['not', 'read']).commit();
        for (const cells of rows) {
          const row = sheet.addRow(
            cells.map((c) => (c && typeof c === 'object' && 'date' in c ? c.date : c)),
          );
          cells.forEach((c, i) => {
            if (c && typeof c === 'object' && 'numFmt' in c) row.getCell(i + 1).numFmt = c.numFmt;
          });
          row.commit();
        }
        sheet.commit();
        await book.commit();
        await expectSameAsExceljs(file, 6);
        fs.rmSync(file);
      }),
      { numRuns: 40 },
    );
  });

  it('on an export the app writes (exceljs, inline strings, dates and money formats)', async () => {
    const rows: Cell[][] = [
      ['Ana', new Date(Date.UTC(2026, 2, 1)), 18.5, '=cmd', null],
      ['Luis', new Date(Date.UTC(1999, 11, 31)), 1234.567, '', 'x'],
    ];
    const file = spreadsheetFile({
      format: 'xlsx',
      name: 'das',
      sheet: 'DAs',
      columns: [
        { header: 'Name', width: 10 },
        { header: 'Hired', width: 10, numFmt: 'yyyy-mm-dd' },
        { header: 'Rate', width: 10, numFmt: '0.00' },
        { header: 'Note', width: 10 },
        { header: 'Other', width: 10 },
      ],
      rows: (async function* () {
        yield* rows;
      })(),
    });
    const xlsx = newPath();
    fs.writeFileSync(xlsx, await buffer(file.body));
    expect(await expectSameAsExceljs(xlsx, 5)).toEqual([
      { row: 1, cells: ['Name', 'Hired', 'Rate', 'Note', 'Other'] },
      { row: 2, cells: ['Ana', '2026-03-01', '18.5', '=cmd'] },
      { row: 3, cells: ['Luis', '1999-12-31', '1234.567', '', 'x'] },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Files made part by part: what Excel and other programs write that exceljs does not.

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Parts {
  sheets?: Record<string, string>;
  /** The sheets in the workbook's order, by part name. */
  order?: string[];
  strings?: string;
  styles?: string;
  workbookPr?: string;
  /** Entries stored without compression. */
  stored?: boolean;
  /** The zip's entries in this order, by a test's whim. */
  reverse?: boolean;
}

/** A sheet's XML around its rows; a whole worksheet given is taken as it is. */
const sheetXml = (rows: string) =>
  rows.includes('worksheet ')
    ? rows
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS} ${REL_NS}><dimension ref="A1"/><sheetData>${rows}</sheetData><mergeCells count="0"/></worksheet>`;

function book(parts: Parts): string {
  const sheets = parts.sheets ?? {};
  const order = parts.order ?? Object.keys(sheets);
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook ${NS} ${REL_NS}>${parts.workbookPr ?? ''}<sheets>${order
      .map((name, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId${name}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.keys(
      sheets,
    )
      .map(
        (name) => `<Relationship Id="rId${name}" Type="${REL}/worksheet" Target="worksheets/${name}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="/xl/strings.xml"/></Relationships>`,
  };
  for (const [name, rows] of Object.entries(sheets)) files[`xl/worksheets/${name}.xml`] = sheetXml(rows);
  if (parts.strings !== undefined) files['xl/strings.xml'] = `<sst ${NS}>${parts.strings}</sst>`;
  if (parts.styles !== undefined) files['xl/styles.xml'] = `<styleSheet ${NS}>${parts.styles}</styleSheet>`;
  const names = Object.keys(files);
  const zippable: Zippable = {};
  for (const name of parts.reverse ? names.reverse() : names) {
    zippable[name] = [Buffer.from(files[name] as string), { level: parts.stored ? 0 : 6 }];
  }
  const file = newPath();
  fs.writeFileSync(file, zipSync(zippable));
  return file;
}

/** Cell styles: 0 General, then each number format given (built-in ids, or custom codes from 164 on). */
function styles(formats: (number | string)[]): string {
  const custom = formats.flatMap((f, i) =>
    typeof f === 'string'
      ? [`<numFmt numFmtId="${164 + i}" formatCode="${f.replaceAll('"', '&quot;')}"/>`]
      : [],
  );
  const xfs = formats.map((f, i) => `<xf numFmtId="${typeof f === 'number' ? f : 164 + i}" fontId="0"/>`);
  return `<numFmts count="${custom.length}">${custom.join('')}</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="${xfs.length + 1}"><xf numFmtId="0"/>${xfs.join('')}</cellXfs>`;
}

const cellsOf = async (file: string) => (await collect(file)).map((r) => r.cells);

describe('readXlsx, the parts of the file', () => {
  it('reads the first sheet in the workbook’s order, whatever its part is called and where it lies', async () => {
    for (const reverse of [false, true]) {
      const file = book({
        sheets: {
          sheet1: '<row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row>',
          data: '<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>',
        },
        order: ['data', 'sheet1'],
        reverse,
      });
      expect(await cellsOf(file)).toEqual([['first']]);
    }
  });

  it('reads stored (uncompressed) parts', async () => {
    const file = book({ sheets: { s: '<row r="2"><c r="B2"><v>7</v></c></row>' }, stored: true });
    expect(await collect(file)).toEqual([{ row: 2, cells: ['', '7'] }]);
  });

  it('reads a workbook with no sheet as no rows', async () => {
    expect(await collect(book({}))).toEqual([]);
  });

  it('refuses a zip that is no spreadsheet, and a sheet listed but missing, at row 1', async () => {
    const zip = newPath();
    fs.writeFileSync(zip, zipSync({ 'notes.txt': Buffer.from('hello') }));
    await expect(collect(zip)).rejects.toMatchObject({
      name: 'FileFormatError',
      row: 1,
      message: /no spreadsheet/,
    });
    const missing = book({ sheets: {}, order: ['gone'] });
    await expect(collect(missing)).rejects.toMatchObject({ row: 1, message: /first sheet is missing/ });
  });
});

describe('readXlsx, cells', () => {
  it('reads shared strings: runs joined, phonetic guides left out, spaces kept, entities and &#10; decoded', async () => {
    const file = book({
      strings:
        '<si><t>plain</t></si>' +
        '<si><r><rPr><b/></rPr><t>Aus</t></r><r><t xml:space="preserve"> tin </t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
        '<si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;&#10;f&#x41;</t></si>' +
        '<si><t/></si>' +
        '<si>\n  <t><![CDATA[x<y]]></t><!-- a comment -->\n</si>',
      sheets: {
        s:
          '<row r="1">' +
          [0, 1, 2, 3, 4, 5].map((i) => `<c r="${'ABCDEF'[i]}1" t="s"><v>${i}</v></c>`).join('') +
          '</row>',
      },
    });
    expect(await cellsOf(file)).toEqual([
      ['plain', 'Aus tin ', '東京', 'a & b <c> "d" \'e\'\nfA', '', 'x<y'],
    ]);
  });

  it('reads inline strings, numbers, booleans, errors and formulas’ last results', async () => {
    const file = book({
      sheets: {
        s:
          '<row r="1" spans="1:9">' +
          '<c r="A1" t="inlineStr"><is><r><t>In</t></r><r><t xml:space="preserve">line </t></r></is></c>' +
          '<c r="B1"><v>42.50</v></c><c r="C1" t="n"><v>1E-3</v></c><c r="D1" t="b"><v>1</v></c>' +
          '<c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#REF!</v></c>' +
          '<c r="G1"><f>B1*2</f><v>85</v></c><c r="H1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
          '<c r="I1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="J1" t="b"><f>TRUE()</f><v>1</v></c>' +
          '<c r="K1"><f t="shared" si="0"/></c>' +
          '</row>',
      },
    });
    // K1 is a formula whose result was never saved: an empty cell that is there.
    expect(await cellsOf(file)).toEqual([
      ['Inline ', '42.5', '0.001', 'true', 'false', '#REF!', '85', 'ab', '#DIV/0!', 'true', ''],
    ]);
  });

  it('reads dates by the cell style’s number format: built-in 14–22 and 45–47, and custom ones', async () => {
    const formats = [
      14,
      22,
      45,
      47,
      2,
      'dd/mm/yyyy',
      '[h]:mm',
      'yyyy-mm-dd;@',
      '0 "days"',
      '[Red]0.00',
      '\\h0',
      'General',
    ];
    const serial = 46082.5; // 2026-03-01 12:00
    const file = book({
      styles: styles(formats),
      sheets: {
        s:
          `<row r="1">${formats.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i + 1}"><v>${serial}</v></c>`).join('')}</row>` +
          '<row r="2"><c r="A2" s="1"><v>46082</v></c><c r="B2" s="2"><f>A2+0.25</f><v>46082.25</v></c><c r="C2" t="d"><v>2026-03-01T08:30:00</v></c></row>',
      },
    });
    const at = '2026-03-01T12:00:00';
    expect(await cellsOf(file)).toEqual([
      [at, at, at, at, '46082.5', at, at, at, '46082.5', '46082.5', '46082.5', '46082.5'],
      // A formula's date result is a date too.
      ['2026-03-01', '2026-03-01T06:00:00', '2026-03-01T08:30:00'],
    ]);
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const sheets = { s: '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44620</v></c></row>' };
    const file = book({ sheets, styles: styles([14]), workbookPr: '<workbookPr date1904="1"/>' });
    expect(await cellsOf(file)).toEqual([['1904-01-01', '2026-03-01']]);
    expect(await cellsOf(book({ sheets, styles: styles([14]) }))).toEqual([['1899-12-30', '2022-02-28']]);
  });

  it('makes sparse rows dense, skips blank rows but numbers rows by r=, and takes rows and cells without r=', async () => {
    const file = book({
      sheets: {
        s:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="C1" t="inlineStr"><is><t>name</t></is></c><c r="E1" s="1"/></row>' +
          '<row r="2"><c r="B2" t="inlineStr"><is><t>  </t></is></c></row>' +
          '<row r="3"/>' +
          '<row r="5"><c r="B5"><v>1</v></c></row>' +
          '<row><c><v>2</v></c><c><v>3</v></c><c r="E6"><v>4</v></c><c><v>5</v></c></row>',
      },
    });
    expect(await collect(file)).toEqual([
      { row: 1, cells: ['code', '', 'name'] },
      { row: 5, cells: ['', '1'] },
      { row: 6, cells: ['2', '3', '', '', '4', '5'] },
    ]);
  });

  it('reads texts and CDATA sections longer than a piece of the part, and a part after a byte order mark', async () => {
    const long = 'a&amp;b\r\n'.repeat(40_000);
    const cdata = 'x<y '.repeat(50_000);
    const file = book({
      strings: `<si><t>${long}</t></si><si><t><![CDATA[${cdata}]]></t></si>`,
      sheets: {
        s: `\uFEFF<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>`,
      },
    });
    expect(await cellsOf(file)).toEqual([['a&b\n'.repeat(40_000), cdata]]);
  });

  it('reads elements with a namespace prefix (x:row, x:c) as unprefixed ones', async () => {
    const worksheet =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>code</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    expect(await cellsOf(book({ sheets: { s: worksheet } }))).toEqual([['code', '5']]);
  });
});

describe('readXlsx, a damaged file', () => {
  it('names the row where the sheet is cut off', async () => {
    const rows = Array.from(
      { length: 6 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const file = newPath();
    const cut = `<worksheet ${NS}><sheetData>${rows.join('')}<row r="9"><c r="A9"><v>1`;
    fs.writeFileSync(
      file,
      zipSync({
        'xl/workbook.xml': Buffer.from(
          `<workbook ${NS} ${REL_NS}><sheets><sheet r:id="a"/></sheets></workbook>`,
        ),
        'xl/_rels/workbook.xml.rels': Buffer.from(
          `<Relationships><Relationship Id="a" Target="s.xml"/></Relationships>`,
        ),
        'xl/s.xml': Buffer.from(cut),
      }),
    );
    const read: FileRow[] = [];
    const error = await (async () => {
      for await (const rows of readXlsx(file)) read.push(...rows);
    })().catch((e: unknown) => e);
    expect(read).toHaveLength(6);
    expect(error).toBeInstanceOf(FileFormatError);
    expect(error).toMatchObject({ row: 9, message: /cut off/ });
  });

  it('refuses a cell past the last column (XFD) at its row', async () => {
    const file = book({ sheets: { s: '<row r="3"><c r="XFE3"><v>1</v></c></row>' } });
    await expect(collect(file)).rejects.toMatchObject({ row: 3, message: /XFD/ });
  });

  it('refuses damaged compressed data as a FileFormatError', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7919}</v></c></row>`,
    );
    const good = fs.readFileSync(book({ sheets: { s: rows.join('') } }));
    const damaged = Buffer.from(good);
    const at = damaged.indexOf('xl/worksheets/s.xml') + 40;
    damaged.fill(0xff, at, at + 64);
    const file = newPath();
    fs.writeFileSync(file, damaged);
    await expect(collect(file)).rejects.toBeInstanceOf(FileFormatError);
  });

  it('refuses a stored part whose data runs past the end of the file', async () => {
    const file = book({ sheets: { s: '<row r="1"><c r="A1"><v>1</v></c></row>' }, stored: true });
    const lying = fs.readFileSync(file);
    // The central directory's copy of the name comes last; its entry's compressed size lies 26 bytes before.
    const nameAt = lying.lastIndexOf('xl/workbook.xml');
    lying.writeUInt32LE(lying.length, nameAt - 26);
    fs.writeFileSync(file, lying);
    await expect(collect(file)).rejects.toMatchObject({ row: 1, message: /cut short/ });
  });
});

describe('readXlsx, memory', () => {
  it('streams a sheet much larger than the memory it holds', { timeout: 60_000 }, async () => {
    // Built with fflate's streaming zip, so the test itself never holds the sheet's XML whole.
    const { Zip, ZipDeflate } = await import('fflate');
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, data) => {
      if (error) throw error;
      chunks.push(data);
    });
    const add = (name: string, xml: string) => {
      const entry = new ZipDeflate(name, { level: 1 });
      zip.add(entry);
      entry.push(Buffer.from(xml), true);
    };
    add('xl/workbook.xml', `<workbook ${NS} ${REL_NS}><sheets><sheet r:id="a"/></sheets></workbook>`);
    add('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="a" Target="s.xml"/></Relationships>');
    const sheet = new ZipDeflate('xl/s.xml', { level: 1 });
    zip.add(sheet);
    const ROWS = 300_000;
    let xmlBytes = 0;
    const push = (xml: string, last = false) => {
      xmlBytes += xml.length;
      sheet.push(Buffer.from(xml), last);
    };
    push(`<worksheet ${NS}><sheetData>`);
    for (let r = 1; r <= ROWS; r += 1000) {
      let block = '';
      for (let i = r; i < r + 1000; i++)
        block += `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>DA ${i} ${'x'.repeat(60)}</t></is></c><c r="B${i}"><v>${i}</v></c></row>`;
      push(block);
    }
    push('</sheetData></worksheet>', true);
    zip.end();
    const file = newPath();
    fs.writeFileSync(file, Buffer.concat(chunks));
    chunks.length = 0;

    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const held = () => process.memoryUsage().heapUsed + process.memoryUsage().external;
    gc();
    const base = held();
    let peak = 0;
    let count = 0;
    for await (const rows of readXlsx(file)) {
      for (const r of rows) {
        count++;
        if (r.cells[1] !== String(r.row))
          expect(r).toEqual({ row: count, cells: [expect.any(String), String(count)] });
        if (count % 50_000 === 0) {
          gc();
          peak = Math.max(peak, held() - base);
        }
      }
    }
    expect(count).toBe(ROWS);
    expect(xmlBytes).toBeGreaterThan(40 * 1024 * 1024);
    // A reader that unzipped the sheet whole would hold at least its XML's size.
    expect(peak).toBeLessThan(xmlBytes / 4);
  });
});
