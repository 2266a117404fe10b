/**
 * The floor of reading an XLSX: its first sheet's rows of text the fastest raw way, for the import bench
 * to print beside the import's own reading (src/imports/read-xlsx.ts). Inflates the shared strings and the
 * first sheet whole with node:zlib (the fastest inflate at hand: native), found through the zip's directory
 * as the import finds them, decodes each whole (ASCII copied as it is), then finds the cells with indexOf
 * alone (~1.6x regular expressions' speed): no XML parser, no styles (so dates stay serial numbers), no
 * streaming, no checks; only what reading the cells' texts cannot do without, for the files Excel and
 * exceljs write (attributes in double quotes, no prefixes, every row closed).
 */
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';
import { entryDataAt, type ZipEntry, zipEntries } from '../src/imports/zip-entries.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.includes('&') ? s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '') : s;

/** Each shared string: the texts of its <t> elements joined. */
function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let si = xml.indexOf('<si>'); si >= 0; ) {
    const end = xml.indexOf('</si>', si);
    let text = '';
    for (let t = xml.indexOf('<t', si); t >= 0 && t < end; ) {
      const gt = xml.indexOf('>', t);
      if (xml.charCodeAt(gt - 1) === SLASH) {
        t = xml.indexOf('<t', gt);
        continue;
      }
      const close = xml.indexOf('</t>', gt);
      text += xml.slice(gt + 1, close);
      t = xml.indexOf('<t', close);
    }
    out.push(unescapeXml(text));
    si = xml.indexOf('<si>', end);
  }
  return out;
}

const SLASH = 47;

/** Column number (0-based) of the cell reference at `at`, such as "AB12". */
function columnAt(xml: string, at: number): number {
  let n = 0;
  for (let i = at; ; i++) {
    const c = xml.charCodeAt(i);
    if (c < 65) return n - 1;
    n = n * 26 + (c - 64);
  }
}

/** The entry's content whole, inflated in one call and decoded. */
async function partText(handle: FileHandle, entry: ZipEntry): Promise<string> {
  const data = Buffer.allocUnsafe(entry.compressedSize);
  await handle.read(data, 0, data.length, await entryDataAt(handle, entry));
  const bytes = entry.method === 8 ? zlib.inflateRawSync(data) : data;
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** Every row of the workbook's first sheet, each a dense array of its cells' text. */
export async function readXlsxRaw(file: string): Promise<string[][]> {
  const handle = await fs.promises.open(file, 'r');
  try {
    return await sheetRows(handle, file);
  } finally {
    await handle.close();
  }
}

async function sheetRows(handle: FileHandle, file: string): Promise<string[][]> {
  const entries = await zipEntries(handle);
  const shared = entries.get('xl/sharedstrings.xml');
  const strings = shared ? sharedStrings(await partText(handle, shared)) : [];
  const sheet = entries.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error(`${file} has no first sheet`);
  const xml = await partText(handle, sheet);
  const rows: string[][] = [];
  for (let row = xml.indexOf('<row'); row >= 0; ) {
    const rowEnd = xml.indexOf('</row>', row);
    const cells: string[] = [];
    for (let c = xml.indexOf('<c ', row); c >= 0 && c < rowEnd; ) {
      const gt = xml.indexOf('>', c);
      const at = columnAt(xml, xml.indexOf('r="', c) + 3);
      while (cells.length < at) cells.push('');
      if (xml.charCodeAt(gt - 1) === SLASH) {
        cells[at] = '';
        c = xml.indexOf('<c ', gt);
        continue;
      }
      const end = xml.indexOf('</c>', gt);
      cells[at] = cellText(xml, c, gt, end, strings);
      c = xml.indexOf('<c ', end);
    }
    rows.push(cells);
    row = xml.indexOf('<row', rowEnd);
  }
  return rows;
}

/** The text of the cell whose start tag is [c, gt] and which ends at `end`. */
function cellText(xml: string, c: number, gt: number, end: number, strings: string[]): string {
  const t = xml.indexOf(' t="', c);
  const type = t >= 0 && t < gt ? xml.charCodeAt(t + 4) : 0;
  if (type === 105 /* inlineStr */) {
    const open = xml.indexOf('>', xml.indexOf('<t', gt));
    return unescapeXml(xml.slice(open + 1, xml.indexOf('</t>', open)));
  }
  const v = xml.indexOf('<v>', gt);
  if (v < 0 || v > end) return '';
  const value = xml.slice(v + 3, xml.indexOf('</v>', v));
  const shared = type === 115 && xml.charCodeAt(t + 5) === 34; // s, not str
  return shared ? (strings[+value] ?? '') : unescapeXml(value);
}
