import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPage, TextPiece } from './domain/pdf-lines.js';

/**
 * The text of a PDF's pages through pdf.js (its legacy build is the one that runs on Node 20), as pieces
 * placed on each page. Only text: nothing is drawn, no script in the PDF runs.
 */

/** Why a PDF cannot be opened at all. */
export class PdfNotReadable extends Error {
  constructor(
    readonly why: 'damaged' | 'password',
    message: string,
  ) {
    super(message);
  }
}

// pdf.js measures the 14 standard fonts from these files; shipped inside the package, read from disk.
const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = `${path.join(PDFJS_DIR, 'standard_fonts')}${path.sep}`;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfJs: Promise<PdfJs> | undefined;

/**
 * pdf.js and its worker (run on this thread), loaded on the first PDF read, with the built-ins their
 * legacy builds replace put back. Where `JSON.rawJSON` is missing (Node 20) their core-js polyfills
 * replace JSON.stringify, JSON.parse and Array.prototype.push for the whole process with versions
 * calling a function per key or element: every API answer went through them (an eighth of the server's
 * CPU). pdf.js needs none of them. The worker is loaded here, not by pdf.js later, so nothing
 * replaces them after.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfJs ??= (async () => {
    const { stringify, parse } = JSON;
    const { push } = Array.prototype;
    const loaded = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker: unknown = await import(
      pathToFileURL(path.join(PDFJS_DIR, 'legacy/build/pdf.worker.mjs')).href
    );
    Object.assign(globalThis, { pdfjsWorker: worker });
    Object.assign(JSON, { stringify, parse });
    Array.prototype.push = push;
    return loaded;
  })();
  return pdfJs;
}

/** A scorecard is a few pages; a huge document is not one, and is not read past this. */
const MAX_PAGES = 40;
const ERRORS_ONLY = 0;

interface PdfJsItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function pieceOf(item: PdfJsItem): TextPiece[] {
  if (typeof item.str !== 'string' || !item.transform) return [];
  const [, , , d = 0, x = 0, y = 0] = item.transform;
  return [{ text: item.str, x, y, width: item.width ?? 0, height: item.height || Math.abs(d) }];
}

export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes the buffer over (it may move it to its worker); give it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    verbosity: ERRORS_ONLY,
  });
  try {
    const pdf = await task.promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PAGES); n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push({ number: n, pieces: content.items.flatMap((i) => pieceOf(i as PdfJsItem)) });
    }
    return pages;
  } catch (error) {
    throw notReadable(error);
  } finally {
    await task.destroy();
  }
}

function notReadable(error: unknown): unknown {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new PdfNotReadable('password', 'The PDF is password-protected.');
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException')
    return new PdfNotReadable('damaged', 'The PDF is damaged or incomplete.');
  return error;
}
