import { isAscii } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * The parts of a zip file (an XLSX), read where they lie. The zip's central directory, at its end, says
 * where each part is; a part is then inflated piece by piece straight from the file, in whatever order the
 * reader needs them, by node:zlib (native: 4x fflate's inflate, with no warm-up). A streaming unzip (the
 * parts in file order) would have to keep a sheet that comes before the shared strings and styles (as Excel
 * writes it) until those had been read, and unzipping whole holds the file and every part at once: here
 * memory holds one piece of a part at a time.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Where the entry's local header starts. */
  headerAt: number;
}

/** The file is no zip this reader can take, said in words for a person. */
export class ZipError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record and the longest comment that may follow it. */
const MAX_TAIL = 22 + 0xffff;
const ZIP64 = 0xffffffff;

async function readAt(handle: FileHandle, at: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  const { bytesRead } = await handle.read(buffer, 0, length, at);
  if (bytesRead < length) throw new ZipError('the file is cut short');
  return buffer;
}

/** The entries of the zip, by name in lower case (a package's part names are case-insensitive). */
export async function zipEntries(handle: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await handle.stat();
  const tailLength = Math.min(size, MAX_TAIL);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let end = tailLength - 22;
  while (end >= 0 && tail.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new ZipError('its table of contents is missing: the file is cut short or damaged');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryAt = tail.readUInt32LE(end + 16);
  if (directoryAt === ZIP64 || count === 0xffff)
    throw new ZipError('it is a ZIP64 file, larger than a sheet');
  const directory = await readAt(handle, directoryAt, directorySize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== DIRECTORY_ENTRY) {
      throw new ZipError('its table of contents is damaged');
    }
    const nameLength = directory.readUInt16LE(p + 28);
    const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
    const entry = {
      name,
      method: directory.readUInt16LE(p + 10),
      compressedSize: directory.readUInt32LE(p + 20),
      headerAt: directory.readUInt32LE(p + 42),
    };
    if (entry.compressedSize === ZIP64 || entry.headerAt === ZIP64) {
      throw new ZipError('it is a ZIP64 file, larger than a sheet');
    }
    entries.set(name.toLowerCase(), entry);
    p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * Where the entry's (compressed) data starts: after its local header, whose name and extra field may be
 * of other lengths than the directory's.
 */
export async function entryDataAt(handle: FileHandle, entry: ZipEntry): Promise<number> {
  const local = await readAt(handle, entry.headerAt, 30);
  if (local.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`${entry.name} is damaged`);
  return entry.headerAt + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

/** How many compressed bytes are read at a time: an XML part inflates to 5–30 times as much. */
const PIECE = 32 * 1024;
/** How much inflated text is handed on at a time: zlib's 16 KiB default costs twice the CPU in passing on. */
const INFLATED_PIECE = 128 * 1024;

/**
 * The entry's content (an XML part of an XLSX) as UTF-8 text, piece by piece, each piece cut just before a
 * `<`: no piece splits a tag, a character or a text between tags (a `<` byte is never part of a longer
 * UTF-8 character). Each piece is decoded whole from its bytes: a piece joined from two strings would be
 * slower to scan, and a piece of plain ASCII (most of a sheet) is copied as it is.
 */
export async function* entryText(handle: FileHandle, entry: ZipEntry): AsyncIterable<string> {
  const compressed = compressedPieces(handle, entry, await dataAt(handle, entry));
  const pieces =
    entry.method === 0
      ? compressed
      : // One piece read ahead at most. Leaving the loop early ends the pipeline, whose callback then
        // hears of the premature close.
        pipeline(
          Readable.from(compressed, { highWaterMark: 1 }),
          zlib.createInflateRaw({ chunkSize: INFLATED_PIECE }),
          () => {},
        );
  let rest: Buffer | undefined;
  for await (const piece of pieces as AsyncIterable<Buffer>) {
    const bytes = rest ? Buffer.concat([rest, piece]) : withoutBom(piece);
    const cut = bytes.lastIndexOf(LT);
    if (cut > 0) yield utf8Text(bytes.subarray(0, cut));
    rest = cut > 0 ? bytes.subarray(cut) : bytes;
  }
  if (rest?.length) yield utf8Text(rest);
}

const LT = 0x3c;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The bytes past a leading byte order mark, which is no part of the text. */
const withoutBom = (bytes: Buffer) => (bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes);

/** UTF-8 bytes as text (a malformed sequence as U+FFFD); ASCII needs no decoding. */
const utf8Text = (bytes: Buffer) => bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');

/**
 * The entry's data as it lies in the file, read as it is taken. Not the handle's createReadStream: each
 * such stream leaves a listener on the handle.
 */
async function* compressedPieces(handle: FileHandle, entry: ZipEntry, dataAt: number) {
  for (let done = 0; done < entry.compressedSize; done += PIECE) {
    yield await readAt(handle, dataAt + done, Math.min(PIECE, entry.compressedSize - done));
  }
}

/** The entry's whole text: for the small parts (workbook, relationships, styles), inflated in one call. */
export async function wholeText(handle: FileHandle, entry: ZipEntry): Promise<string> {
  const data = await readAt(handle, await dataAt(handle, entry), entry.compressedSize);
  return utf8Text(withoutBom(entry.method === 8 ? zlib.inflateRawSync(data) : data));
}

/** Where the entry's data starts, once it is known to be stored or deflated (all a spreadsheet's are). */
async function dataAt(handle: FileHandle, entry: ZipEntry): Promise<number> {
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipError(`${entry.name} is compressed in a way spreadsheets do not use`);
  }
  return entryDataAt(handle, entry);
}
