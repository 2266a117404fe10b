import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, DemoFile } from './demo-file.js';

/** Writes the demo's performance files to disk, as CSV (Amazon's format) or XLSX (saved from Excel). */

export type DemoFileFormat = 'csv' | 'xlsx';

/**
 * RFC 4180: quoted only when it holds a comma, quote or line break, as Amazon writes them (so the
 * dashboard's `Delivery Associate ` header keeps its trailing space bare).
 */
const csvCell = (c: Cell): string => {
  const text = String(c);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const csvText = (f: DemoFile) =>
  [f.header, ...f.rows]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');

async function writeXlsx(file: string, f: DemoFile): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow(f.header);
  for (const r of f.rows) sheet.addRow(r);
  await book.xlsx.writeFile(file);
}

/**
 * Writes each file into `dir` under its station's code and returns the paths; `xlsx` saves the DSP
 * Overview Dashboards as Excel workbooks, as a DSP that opens them in Excel would have them.
 */
export async function writeDemoFiles(
  dir: string,
  files: readonly DemoFile[],
  opts: { xlsx?: boolean } = {},
): Promise<{ file: DemoFile; path: string }[]> {
  const out: { file: DemoFile; path: string }[] = [];
  for (const f of files) {
    const folder = path.join(dir, f.stationCode);
    await fs.mkdir(folder, { recursive: true });
    const format: DemoFileFormat = opts.xlsx && f.kind === 'da-weekly' ? 'xlsx' : 'csv';
    const target = path.join(folder, `${f.baseName}.${format}`);
    if (format === 'xlsx') await writeXlsx(target, f);
    else await fs.writeFile(target, csvText(f));
    out.push({ file: f, path: target });
  }
  return out;
}
