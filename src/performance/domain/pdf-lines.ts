/**
 * A PDF's text as pdf.js gives it: pieces of text placed on a page, in drawing order, with no notion of
 * lines or tables. These functions put the pieces back into lines (by their baseline) so a reader can
 * look for labels and columns the way a person reads the page.
 */

/** One piece of text on a page: x from the left, y up from the bottom (PDF space), in points. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  /** 1-based, as a person counts pages. */
  number: number;
  pieces: TextPiece[];
}

/** A line of a page: its pieces left to right, and their text joined with single spaces. */
export interface PdfLine {
  page: number;
  y: number;
  pieces: TextPiece[];
  text: string;
}

/** Pieces whose baselines differ by less than this share of their height sit on one line. */
const SAME_LINE = 0.5;

const sameLine = (a: number, b: TextPiece) => Math.abs(a - b.y) < Math.max(b.height, 1) * SAME_LINE;

/** The page's lines, top to bottom; blank pieces (pdf.js' spacers) are dropped. */
export function linesOf(page: PdfPage): PdfLine[] {
  const pieces = page.pieces.filter((p) => p.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const piece of pieces) {
    const line = lines.find((l) => sameLine(l.y, piece));
    if (line) line.pieces.push(piece);
    else lines.push({ page: page.number, y: piece.y, pieces: [piece], text: '' });
  }
  for (const line of lines) {
    line.pieces.sort((a, b) => a.x - b.x);
    line.text = normalise(line.pieces.map((p) => p.text).join(' '));
  }
  return lines.sort((a, b) => b.y - a.y);
}

/** Collapses runs of whitespace (and non-breaking spaces) to one space. */
export const normalise = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Lower case letters and digits only: how labels are compared ("Sign/ Signal" = "sign-signal"). */
export const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');

/** Whether any page has text at all: a scan or a picture of the scorecard has none. */
export const hasText = (pages: readonly PdfPage[]): boolean =>
  pages.some((p) => p.pieces.some((piece) => piece.text.trim() !== ''));
