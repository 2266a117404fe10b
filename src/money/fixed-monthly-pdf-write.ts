import PDFDocument from 'pdfkit';
import { daysInMonth, vanDaysCents } from './domain/fleet.js';
import { formatDollars } from './domain/money.js';

/**
 * A Fixed Monthly fleet invoice PDF in Amazon's layout (shared payroll-and-money.md §3), for the demo and
 * the tests: the header with its invoice number and the month's Starting and Ending days, then each day
 * "September 1, 2026 (Week 36)" with a line per van class "<class> Cargo Van qty $rate $amount" in
 * columns, going on overleaf with the column headings repeated.
 */

export interface FixedMonthlyLineSpec {
  vanClass: string;
  quantity: number;
  rateCents: number;
  /** What the line says it pays; default quantity × rate ÷ the days in the month, to the cent. */
  amountCents?: number;
}

export interface FixedMonthlySpec {
  invoiceNumber: string;
  station: string;
  /** The days with their lines, in order; all in one month. */
  days: { date: string; lines: FixedMonthlyLineSpec[] }[];
}

type Doc = InstanceType<typeof PDFDocument>;
const MARGIN = 40;
const BOTTOM = 740;
const COLUMNS = { description: MARGIN + 12, quantity: 330, rate: 400, amount: 480 } as const;
const NUMBER_WIDTH = 80;

const longDate = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Amazon's weeks run Sunday to Saturday, numbered from the week of January 1. */
function amazonWeek(date: string): number {
  const day = new Date(`${date}T00:00:00Z`);
  const jan1 = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const dayOfYear = (day.getTime() - jan1.getTime()) / 86_400_000;
  return Math.floor((dayOfYear + jan1.getUTCDay()) / 7) + 1;
}

function headings(doc: Doc, y: number): number {
  doc.font('Helvetica-Bold').fontSize(9);
  doc.text('Description', COLUMNS.description, y, { lineBreak: false });
  for (const [label, x] of [
    ['Quantity', COLUMNS.quantity],
    ['Rate', COLUMNS.rate],
    ['Amount', COLUMNS.amount],
  ] as const)
    doc.text(label, x, y, { width: NUMBER_WIDTH, align: 'right', lineBreak: false });
  doc.font('Helvetica');
  return y + 18;
}

function header(doc: Doc, spec: FixedMonthlySpec): number {
  const first = spec.days[0]?.date ?? '2026-01-01';
  const monthStart = `${first.slice(0, 7)}-01`;
  const monthEnd = `${first.slice(0, 7)}-${String(daysInMonth(first)).padStart(2, '0')}`;
  const month = new Date(`${monthStart}T00:00:00Z`).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  doc.font('Helvetica-Bold').fontSize(16).text('Amazon Logistics · Fixed Monthly Invoice', MARGIN, MARGIN);
  doc.font('Helvetica').fontSize(10);
  doc.text(`Invoice Number: ${spec.invoiceNumber}`, MARGIN, 70, { lineBreak: false });
  doc.text(`Station: ${spec.station}`, 360, 70, { lineBreak: false });
  doc.text(`For services and costs incurred during ${month}`, MARGIN, 88, { lineBreak: false });
  doc.text(`Starting: ${longDate(monthStart)}`, MARGIN, 104, { lineBreak: false });
  doc.text(`Ending: ${longDate(monthEnd)}`, 240, 104, { lineBreak: false });
  return headings(doc, 134);
}

function line(doc: Doc, l: FixedMonthlyLineSpec, date: string, y: number): void {
  const amount = l.amountCents ?? vanDaysCents(l.quantity, l.rateCents, date);
  doc.text(`${l.vanClass} Cargo Van`, COLUMNS.description, y, { lineBreak: false });
  for (const [text, x] of [
    [String(l.quantity), COLUMNS.quantity],
    [formatDollars(l.rateCents), COLUMNS.rate],
    [formatDollars(amount), COLUMNS.amount],
  ] as const)
    doc.text(text, x, y, { width: NUMBER_WIDTH, align: 'right', lineBreak: false });
}

/** The invoice as PDF bytes. */
export function fixedMonthlyPdf(spec: FixedMonthlySpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    info: { Title: `Invoice ${spec.invoiceNumber}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let y = header(doc, spec);
  for (const day of spec.days) {
    if (y + 16 * (day.lines.length + 1) > BOTTOM) {
      doc.addPage();
      y = headings(doc, MARGIN);
    }
    doc.font('Helvetica-Bold').fontSize(9);
    doc.text(`${longDate(day.date)} (Week ${amazonWeek(day.date)})`, MARGIN, y, { lineBreak: false });
    doc.font('Helvetica');
    y += 14;
    for (const l of day.lines) {
      line(doc, l, day.date, y);
      y += 13;
    }
    y += 6;
  }
  doc.end();
  return done;
}
