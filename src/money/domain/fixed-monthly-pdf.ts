import { hasText, linesOf, type PdfPage } from '../../performance/domain/pdf-lines.js';
import { MoneyDate } from './cells.js';

/**
 * Amazon's Fixed Monthly fleet invoice as a PDF, in the one layout working DSPs' code reads (shared
 * payroll-and-money.md §3, "Fixed Monthly fleet PDF"): a header with "Invoice Number:", "For services and
 * costs incurred during <Month> …" with its Starting and Ending days, then each day as "September 1, 2026
 * (Week 36)" followed by its lines "<class> Cargo Van <qty> $<monthly rate> $<amount>". A PDF that does
 * not follow it is refused with the reason: nothing on it is guessed.
 */

/** A line of the invoice: its day, van class (without "Cargo Van"), vans, monthly rate and amount. */
export interface FixedMonthlyPdfLine {
  page: number;
  date: string;
  vanClass: string;
  quantity: number;
  rateCents: number;
  amountCents: number;
}

export interface FixedMonthlyPdf {
  invoiceNumber: string;
  starting: string;
  ending: string;
  lines: FixedMonthlyPdfLine[];
}

export type FixedMonthlyPdfReading = { ok: true; invoice: FixedMonthlyPdf } | { ok: false; problem: string };

const DAY = String.raw`([A-Z][a-z]+ \d{1,2}, \d{4})`;
const INVOICE_NUMBER = /Invoice Number:\s*(\S+)/i;
const INCURRED = /For services and costs incurred during ([A-Z][a-z]+)/i;
const STARTING = new RegExp(String.raw`Starting:?\s*${DAY}`, 'i');
const ENDING = new RegExp(String.raw`Ending:?\s*${DAY}`, 'i');
const DAY_HEADING = new RegExp(String.raw`^${DAY} \(Week \d{1,2}\)$`);
const MONEY = String.raw`\$(\d{1,3}(?:,\d{3})*\.\d{2})`;
const VAN_LINE = new RegExp(String.raw`^(.+?) Cargo Van (\d{1,3}(?:,\d{3})*) ${MONEY} ${MONEY}$`, 'i');

const dateOf = (text: string): string | null => MoneyDate.safeParse(text).data ?? null;
const cents = (text: string): number => Math.round(Number(text.replace(/,/g, '')) * 100);

const NOT_THE_LAYOUT =
  'is not in the layout of Amazon’s Fixed Monthly fleet invoice (“Invoice Number:”, “For services and costs incurred during <Month>”, Starting and Ending days, each day as “September 1, 2026 (Week 36)” with lines “<class> Cargo Van <qty> $<monthly rate> $<amount>”)';

function headerOf(text: string): { invoiceNumber: string; starting: string; ending: string } | string {
  const number = INVOICE_NUMBER.exec(text)?.[1];
  const month = INCURRED.exec(text)?.[1];
  const starting = dateOf(STARTING.exec(text)?.[1] ?? '');
  const ending = dateOf(ENDING.exec(text)?.[1] ?? '');
  if (!number || !month || !starting || !ending) {
    const missing = [
      number ? null : '“Invoice Number:”',
      month ? null : '“For services and costs incurred during <Month>”',
      starting ? null : 'its Starting day',
      ending ? null : 'its Ending day',
    ].filter((m) => m !== null);
    return `It has no ${missing.join(', ')}: it ${NOT_THE_LAYOUT}.`;
  }
  const monthName = new Date(`${starting}T00:00:00Z`).toLocaleString('en-US', {
    month: 'long',
    timeZone: 'UTC',
  });
  if (
    monthName.toLowerCase() !== month.toLowerCase() ||
    starting.slice(0, 7) !== ending.slice(0, 7) ||
    ending < starting
  )
    return `Its services are said to be incurred during ${month}, Starting ${starting} and Ending ${ending}: the invoice is one month’s, its Starting and Ending days in the month it names.`;
  return { invoiceNumber: number, starting, ending };
}

/** Reads the invoice's pages, or says why the PDF is not one in the known layout. */
export function readFixedMonthlyPdf(pages: readonly PdfPage[]): FixedMonthlyPdfReading {
  if (!hasText(pages))
    return {
      ok: false,
      problem: 'The PDF has no text layer (a scan or a picture): nothing on it can be read.',
    };
  const lines = pages.flatMap((p) => linesOf(p));
  const header = headerOf(lines.map((l) => l.text).join('\n'));
  if (typeof header === 'string') return { ok: false, problem: header };
  const read: FixedMonthlyPdfLine[] = [];
  let day: string | null = null;
  for (const line of lines) {
    const heading = DAY_HEADING.exec(line.text);
    if (heading) {
      day = dateOf(heading[1] ?? '');
      if (!day || day < header.starting || day > header.ending)
        return {
          ok: false,
          problem: `Page ${line.page}: the day “${line.text}” is not within the invoice’s ${header.starting} to ${header.ending}.`,
        };
      continue;
    }
    if (!/cargo van/i.test(line.text)) continue;
    const van = VAN_LINE.exec(line.text);
    if (!van)
      return {
        ok: false,
        problem: `Page ${line.page}: “${line.text}” is not a line “<class> Cargo Van <qty> $<monthly rate> $<amount>”.`,
      };
    if (!day)
      return { ok: false, problem: `Page ${line.page}: the line “${line.text}” comes before any day.` };
    read.push({
      page: line.page,
      date: day,
      vanClass: (van[1] ?? '').trim(),
      quantity: Number((van[2] ?? '').replace(/,/g, '')),
      rateCents: cents(van[3] ?? ''),
      amountCents: cents(van[4] ?? ''),
    });
  }
  if (read.length === 0)
    return {
      ok: false,
      problem: `It has no line “<class> Cargo Van <qty> $<monthly rate> $<amount>” under a day: it ${NOT_THE_LAYOUT}.`,
    };
  return { ok: true, invoice: { ...header, lines: read } };
}

/** The invoice as the rows of the Fixed Monthly import (`Invoice Number, Date, Description, Quantity, Rate, Amount`). */
export const fixedMonthlyTable = (invoice: FixedMonthlyPdf): string[][] => [
  ['Invoice Number', 'Date', 'Description', 'Quantity', 'Rate', 'Amount'],
  ...invoice.lines.map((l) => [
    invoice.invoiceNumber,
    l.date,
    `${l.vanClass} Cargo Van`,
    String(l.quantity),
    (l.rateCents / 100).toFixed(2),
    (l.amountCents / 100).toFixed(2),
  ]),
];
