import fs from 'node:fs/promises';
import { FileFormatError } from '../imports/file-row.js';
import { PdfNotReadable, pdfPages } from '../performance/pdf-text.js';
import { fixedMonthlyTable, readFixedMonthlyPdf } from './domain/fixed-monthly-pdf.js';

/**
 * Amazon's Fixed Monthly fleet invoice PDF as the rows of the `fixed-monthly` import, read with pdf.js
 * (loaded on the first PDF). A PDF that cannot be opened or is not in the invoice's layout is refused
 * whole with the reason, as a file that is not a sheet is.
 */
export async function fixedMonthlyPdfRows(file: string, fileName: string): Promise<string[][]> {
  let pages: Awaited<ReturnType<typeof pdfPages>>;
  try {
    pages = await pdfPages(await fs.readFile(file));
  } catch (error) {
    if (!(error instanceof PdfNotReadable)) throw error;
    throw new FileFormatError(`${fileName} could not be opened: ${error.message}`, 1);
  }
  const reading = readFixedMonthlyPdf(pages);
  if (!reading.ok) throw new FileFormatError(`${fileName}: ${reading.problem}`, 1);
  return fixedMonthlyTable(reading.invoice);
}
