import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileFormatError, type FileRow } from './file-row.js';
import { readRows, sniffFormat } from './read-rows.js';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-read-rows-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(content: string | Buffer, ext = 'csv'): string {
  const f = path.join(dir, `f${n++}.${ext}`);
  fs.writeFileSync(f, content);
  return f;
}

/** Whether the CSV tests below read on a thread (as a big file is) or in the test's own thread. */
let onThread = false;

async function collect(f: string, format: 'csv' | 'xlsx' = 'csv'): Promise<FileRow[]> {
  const out: FileRow[] = [];
  for await (const r of readRows(f, format, { threadBytes: onThread ? 0 : Number.POSITIVE_INFINITY }))
    out.push(r);
  return out;
}

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const f = path.join(dir, `f${n++}.xlsx`);
  await wb.xlsx.writeFile(f);
  return f;
}

/** RFC 4180: every field quoted, quotes doubled. */
const quoteCsv = (rows: string[][], eol: string) =>
  rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join(eol) + eol;

describe('sniffFormat', () => {
  it('tells an XLSX (a zip) from CSV text, whatever the file is called', async () => {
    const book = await xlsx((wb) => wb.addWorksheet('S').addRow(['a']));
    const renamed = path.join(dir, 'stations.csv');
    fs.copyFileSync(book, renamed);
    expect(await sniffFormat(book)).toBe('xlsx');
    expect(await sniffFormat(renamed)).toBe('xlsx');
    expect(await sniffFormat(file('code,name\nDAU5,Austin\n', 'xlsx'))).toBe('csv');
    expect(await sniffFormat(file('\uFEFFcode\n'))).toBe('csv');
    expect(await sniffFormat(file('PK'))).toBe('csv');
    expect(await sniffFormat(file(''))).toBe('csv');
  });
});

describe.each([
  ['here', false],
  ['on a thread', true],
])('readRows, CSV parsed %s', (_where, thread) => {
  beforeAll(() => {
    onThread = thread;
  });

  it('strips the BOM, takes CRLF and LF, and keeps quoted commas, quotes and line breaks in one cell', async () => {
    const text =
      '\uFEFFcode,name\r\n' +
      'DAU5,"Austin, TX"\r\n' +
      'DAU7,"Two\r\nlines"\n' +
      'DAU9,"say ""hi"""\n' +
      'DLA8,"multi\nline\nname",extra\r\n' +
      'DLA9\r\n';
    expect(await collect(file(text))).toEqual([
      { row: 1, cells: ['code', 'name'] },
      { row: 2, cells: ['DAU5', 'Austin, TX'] },
      { row: 3, cells: ['DAU7', 'Two\r\nlines'] },
      { row: 4, cells: ['DAU9', 'say "hi"'] },
      { row: 5, cells: ['DLA8', 'multi\nline\nname', 'extra'] },
      { row: 6, cells: ['DLA9'] },
    ]);
  });

  it('numbers rows as a spreadsheet shows them: blank lines count, a quoted line break does not', async () => {
    // A spreadsheet opening this file shows: 1 header, 2 DAU5, 3 (blank), 4 (blank), 5 DAU7, 6 DAU9.
    const text =
      'code,name\n' + 'DAU5,"Austin\nNorth"\n' + '\n' + '\r\n' + 'DAU7,Dallas\n' + 'DAU9,Houston\n';
    const rows = await collect(file(text));
    expect(rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, 'code'],
      [2, 'DAU5'],
      [5, 'DAU7'],
      [6, 'DAU9'],
    ]);
  });

  it('skips rows whose cells are all blank (Excel writes ",,," for them) but still counts them', async () => {
    const text = 'code,name\n,,\nDAU5,Austin\n  ,\t\n"",""\nDAU7,Dallas\n,\n';
    expect(await collect(file(text))).toEqual([
      { row: 1, cells: ['code', 'name'] },
      { row: 3, cells: ['DAU5', 'Austin'] },
      { row: 6, cells: ['DAU7', 'Dallas'] },
    ]);
  });

  it('reads an empty file as no rows', async () => {
    expect(await collect(file(''))).toEqual([]);
    expect(await collect(file('\uFEFF'))).toEqual([]);
    expect(await collect(file('\r\n\n'))).toEqual([]);
  });

  it('reports a broken CSV as a FileFormatError naming the row where the broken record starts', async () => {
    const unclosed = collect(file('code,name\nDAU5,Austin\nDAU7,"Dallas\nDAU9,Houston\n'));
    await expect(unclosed).rejects.toBeInstanceOf(FileFormatError);
    await expect(unclosed).rejects.toMatchObject({ row: 3, message: expect.stringMatching(/quote/i) });
    const strayQuote = collect(file('code,name\n\nDAU5,5" van\n'));
    await expect(strayQuote).rejects.toMatchObject({ row: 3, message: expect.stringMatching(/quote/i) });
  });

  it('stops at a quote left open in a long file, at its row, instead of reading the rest into one cell', async () => {
    const rest = Array.from({ length: 40_000 }, (_, i) => `DAU${i},Somewhere far away ${i}`).join('\n');
    const open = collect(file(`code,name\nDAU5,Austin\nDAU7,"Dallas\n${rest}\n`));
    await expect(open).rejects.toMatchObject({ row: 3, message: expect.stringMatching(/closing quote/) });
  });

  it('refuses a binary file (a photo sent by mistake) as not a CSV, at row 1', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    ]);
    await expect(collect(file(png))).rejects.toMatchObject({
      row: 1,
      message: expect.stringMatching(/not a CSV or Excel/),
    });
  });

  it('refuses UTF-16 text (every other byte a NUL) as not a CSV, at row 1', async () => {
    const utf16 = Buffer.from('\uFEFFcode,name\r\nDAU5,Austin\r\n', 'utf16le');
    await expect(collect(file(utf16))).rejects.toMatchObject({ row: 1, message: /not a CSV or Excel/ });
  });

  it('reads a UTF-8 CSV with a stray NUL in a cell as rows, so the import can name that cell', async () => {
    expect(await collect(file('code,name\nDAU5,Aus\u0000tin\n'))).toEqual([
      { row: 1, cells: ['code', 'name'] },
      { row: 2, cells: ['DAU5', 'Aus\u0000tin'] },
    ]);
  });

  it('reads back any table of strings written as properly quoted CSV', async () => {
    // Any text but NUL: a short file of them would read as binary (refused above).
    const cell = fc.string({ unit: 'binary', maxLength: 12 }).map((c) => c.replaceAll('\u0000', ''));
    const row = fc.array(cell, { minLength: 1, maxLength: 5 }).filter((r) => r.some((c) => c.trim() !== ''));
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        async (table, eol, bom) => {
          const f = file((bom ? '\uFEFF' : '') + quoteCsv(table, eol));
          const rows = await collect(f);
          expect(rows.map((r) => r.cells)).toEqual(table);
          expect(rows.map((r) => r.row)).toEqual(table.map((_, i) => i + 1));
          fs.rmSync(f);
        },
      ),
      // Each read on a thread starts one (~50 ms).
      { numRuns: thread ? 40 : 150 },
    );
  });

  it('reads a long file whole and in order, quoted line breaks and blank rows included', async () => {
    const lines = ['code,name'];
    for (let i = 1; i <= 12_000; i++)
      lines.push(i % 1000 === 0 ? `C${i},"two\nlines"` : i % 777 === 0 ? ',' : `C${i},x`);
    const rows = await collect(file(lines.join('\r\n')));
    // The header and 12,000 data rows, less the 15 blank ones (777, 1554, … 11655).
    expect(rows).toHaveLength(1 + 12_000 - 15);
    expect(rows.at(-1)).toEqual({ row: 12_001, cells: ['C12000', 'two\nlines'] });
    expect(rows.find((r) => r.cells[0] === 'C778')).toEqual({ row: 779, cells: ['C778', 'x'] });
    expect(rows.some((r) => r.cells[0] === '')).toBe(false);
  });
});

describe('readRows, XLSX', () => {
  it('reads the first sheet as text: dates, numbers, rich text, formulas, booleans, links, errors', async () => {
    const f = await xlsx((wb) => {
      const ws = wb.addWorksheet('Stations');
      ws.addRow(['date', 'time', 'number', 'rich', 'formula', 'text formula', 'bool', 'link', 'error']);
      ws.addRow([
        new Date(Date.UTC(2026, 2, 1)),
        new Date(Date.UTC(2026, 2, 1, 8, 30)),
        42.5,
        { richText: [{ text: 'Aus', font: { bold: true } }, { text: 'tin' }] },
        { formula: 'C2*2', result: 85 },
        { formula: 'D2&"!"', result: 'Austin!' },
        true,
        { text: 'site', hyperlink: 'https://example.com' },
        { error: '#N/A' },
      ]);
      ws.getCell('A2').numFmt = 'yyyy-mm-dd';
      ws.getCell('B2').numFmt = 'yyyy-mm-dd hh:mm';
      wb.addWorksheet('Other').addRow(['not', 'read']);
    });
    expect(await collect(f, 'xlsx')).toEqual([
      {
        row: 1,
        cells: ['date', 'time', 'number', 'rich', 'formula', 'text formula', 'bool', 'link', 'error'],
      },
      // A spreadsheet's date and time have no zone: the time is given as it shows, not as UTC.
      {
        row: 2,
        cells: [
          '2026-03-01',
          '2026-03-01T08:30:00',
          '42.5',
          'Austin',
          '85',
          'Austin!',
          'true',
          'site',
          '#N/A',
        ],
      },
    ]);
  });

  it('gives empty cells as empty text, skips empty rows and keeps the numbers a spreadsheet shows', async () => {
    const f = await xlsx((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'code';
      ws.getCell('C1').value = 'name';
      ws.getCell('B2').value = 'x';
      ws.getCell('A4').value = 'DAU5';
      ws.getCell('C4').value = 'Austin';
      ws.getCell('A5').value = '';
    });
    expect(await collect(f, 'xlsx')).toEqual([
      { row: 1, cells: ['code', '', 'name'] },
      { row: 2, cells: ['', 'x'] },
      { row: 4, cells: ['DAU5', '', 'Austin'] },
    ]);
  });

  it('reports a damaged XLSX as a FileFormatError', async () => {
    const good = fs.readFileSync(await xlsx((wb) => wb.addWorksheet('S').addRow(['a', 'b'])));
    const damaged = file(Buffer.concat([good.subarray(0, 40), Buffer.alloc(200, 7)]), 'xlsx');
    expect(await sniffFormat(damaged)).toBe('xlsx');
    await expect(collect(damaged, 'xlsx')).rejects.toBeInstanceOf(FileFormatError);
  });
});

describe('readRows, a file not named as a sheet', () => {
  const read = async (content: string, fileName: string) => {
    const out: FileRow[] = [];
    for await (const r of readRows(file(content, 'txt'), 'csv', { fileName })) out.push(r);
    return out;
  };

  it('refuses a .txt of plain lines as not a spreadsheet, at its first row', async () => {
    await expect(read('Shopping list\nmilk\n', 'notes.txt')).rejects.toThrow(
      expect.objectContaining({
        name: 'FileFormatError',
        row: 1,
        message: expect.stringMatching(/^notes\.txt is not a spreadsheet/),
      }),
    );
  });

  it('offers the PDF too for a kind that also reads one', async () => {
    const rows = readRows(file('Shopping list\nmilk\n', 'txt'), 'csv', {
      fileName: 'notes.txt',
      orPdf: true,
    });
    await expect(
      (async () => {
        for await (const _ of rows);
      })(),
    ).rejects.toThrow(/Export the sheet as CSV or \.xlsx, or upload the PDF\.$/);
    await expect(read('Shopping list\nmilk\n', 'notes.txt')).rejects.toThrow(
      /Export the sheet as CSV or \.xlsx\.$/,
    );
  });

  it('tells a file named .pdf that is not one, for a kind that reads PDFs, that it is neither', async () => {
    const rows = readRows(file('hello world\n', 'pdf'), 'csv', { fileName: 'bad.pdf', orPdf: true });
    await expect(
      (async () => {
        for await (const _ of rows);
      })(),
    ).rejects.toThrow(/^bad\.pdf is not either a PDF or a spreadsheet: .*or upload the PDF\.$/);
  });

  it('says when a .txt is separated by tabs', async () => {
    await expect(read('Name\tStation\nAna\tDXC1\n', 'export.txt')).rejects.toThrow(/separated by tabs/);
  });

  it('reads a .txt that really is comma-separated', async () => {
    expect(await read('Name,Station\nAna,DXC1\n', 'export.txt')).toEqual([
      { row: 1, cells: ['Name', 'Station'] },
      { row: 2, cells: ['Ana', 'DXC1'] },
    ]);
  });

  it('reads a one-column .csv, and a file named without an extension, as they are', async () => {
    expect(await read('Transporter ID\nA1\n', 'ids.CSV')).toHaveLength(2);
    expect(await read('Transporter ID\nA1\n', 'ids')).toHaveLength(2);
  });
});

describe('readRows, stopping early', () => {
  // The importer reads only the header row first; each early stop must let go of the file.
  const openFiles = () => fs.readdirSync('/proc/self/fd').length;

  it.skipIf(!fs.existsSync('/proc/self/fd'))(
    'closes the file when the reader stops after one row',
    async () => {
      const csv = file('code,name\nDAU5,Austin\nDAU7,Dallas\n');
      const book = await xlsx((wb) => {
        const ws = wb.addWorksheet('S');
        ws.addRow(['code', 'name']);
        for (let i = 0; i < 50; i++) ws.addRow([`DAU${i}`, 'x']);
      });
      const before = openFiles();
      for (let i = 0; i < 25; i++) {
        for await (const r of readRows(csv, 'csv')) {
          expect(r.row).toBe(1);
          break;
        }
        for await (const r of readRows(book, 'xlsx')) {
          expect(r.row).toBe(1);
          break;
        }
        for await (const r of readRows(csv, 'csv', { threadBytes: 0 })) {
          expect(r.row).toBe(1);
          break;
        }
      }
      expect(openFiles() - before).toBeLessThan(5);
    },
  );
});
