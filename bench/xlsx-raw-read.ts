/**
 * The floor of reading an XLSX: its first sheet's rows of text the fastest raw way, for the import bench
 * to print beside the import's own reading (src/imports/read-xlsx.ts). Inflates the shared strings and the
 * first sheet whole with node:zlib (the fastest inflate at hand: native), found through the zip's directory
 * as the import finds them, then scans their XML with regular expressions: no XML parser, no styles (so
 * dates stay serial numbers), no streaming, no checks; only what reading the cells' texts cannot do without.
 */
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';
import { entryDataAt, type ZipEntry, zipEntries } from '../src/imports/zip-entries.js';

const decoder = new TextDecoder();
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.includes('&') ? s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '') : s;

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const si of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    let text = '';
    for (const t of (si[1] ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)) text += t[1] ?? '';
    out.push(unescapeXml(text));
  }
  return out;
}

/** Column number (0-based) of a cell reference such as "AB12". */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** The entry's content whole, inflated in one call. */
async function partBytes(handle: FileHandle, entry: ZipEntry): Promise<Buffer> {
  const data = Buffer.allocUnsafe(entry.compressedSize);
  await handle.read(data, 0, data.length, await entryDataAt(handle, entry));
  return entry.method === 8 ? zlib.inflateRawSync(data) : data;
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
  const strings = shared ? sharedStrings(decoder.decode(await partBytes(handle, shared))) : [];
  const sheet = entries.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error(`${file} has no first sheet`);
  const rows: string[][] = [];
  for (const row of decoder.decode(await partBytes(handle, sheet)).matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const inner = c[3] ?? '';
      const type = /t="(\w+)"/.exec(c[2] ?? '')?.[1];
      const value = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      let text = '';
      if (type === 's') text = strings[Number(value)] ?? '';
      else if (type === 'inlineStr') text = unescapeXml(/<t[^>]*>([^<]*)<\/t>/.exec(inner)?.[1] ?? '');
      else if (value !== undefined) text = unescapeXml(value);
      const at = columnOf(c[1] ?? 'A');
      while (cells.length < at) cells.push('');
      cells[at] = text;
    }
    rows.push(cells);
  }
  return rows;
}
