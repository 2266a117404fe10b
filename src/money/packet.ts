import { PassThrough, type Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Db } from '../db/database.js';
import type { MoneyDisputesTable } from '../db/schema.js';
import { type Cell, type ExportFile, type SheetColumn, spreadsheetFile } from '../imports/export-file.js';
import { latin1 } from '../shared/pdf-text.js';
import { findStation } from '../tenancy/store.js';
import { listFilesById } from './amazon-files-store.js';
import { formatDollars } from './domain/money.js';
import type { StoredEvidence } from './reconcile-week.js';
import { listDisputeDiscrepancies } from './store.js';

const COLUMNS: SheetColumn[] = [
  { header: 'Week', width: 11 },
  { header: 'Date', width: 11 },
  { header: 'Kind', width: 14 },
  { header: 'Description', width: 50 },
  { header: 'Expected', width: 12, numFmt: '0.00' },
  { header: 'Billed', width: 12, numFmt: '0.00' },
  { header: 'Difference', width: 12, numFmt: '0.00' },
  { header: 'Evidence', width: 60 },
];

const dollars = (cents: number | null) => (cents === null ? null : cents / 100);
const evidenceText = (e: StoredEvidence[]) =>
  e
    .map((x) =>
      x.record ? `Our records: ${x.record.label}` : `${x.fileName} row ${x.row} (SHA-256 ${x.sha256})`,
    )
    .join('; ');

/** The dispute's lines as cells: what is claimed, and the file rows that show it. */
async function packetRows(db: Db, dispute: MoneyDisputesTable): Promise<Cell[][]> {
  const lines = await listDisputeDiscrepancies(db, dispute.org_id, dispute.id);
  return lines.map((d) => [
    d.week_start,
    d.date,
    d.kind,
    d.description,
    dollars(d.expected_cents),
    dollars(d.billed_cents),
    dollars(d.difference_cents),
    evidenceText(JSON.parse(d.evidence) as StoredEvidence[]),
  ]);
}

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

/**
 * The dispute packet (item 8), ready to file with Amazon: CSV of the lines, or a PDF with each line's
 * evidence and, at the end, every source file with its SHA-256.
 */
export async function disputePacket(
  db: Db,
  dispute: MoneyDisputesTable,
  format: 'csv' | 'pdf',
): Promise<ExportFile> {
  const rows = await packetRows(db, dispute);
  const name = `dispute-${dispute.id}`;
  if (format === 'csv')
    return spreadsheetFile({ format, name, sheet: 'Dispute', columns: COLUMNS, rows: each(rows) });
  const station = await findStation(db, dispute.org_id, dispute.station_id);
  const files = await listFilesById(db, dispute.org_id, JSON.parse(dispute.file_ids) as string[]);
  return {
    fileName: `${name}.pdf`,
    contentType: 'application/pdf',
    body: packetPdf(dispute, station?.code ?? '', rows, files),
  };
}

function packetPdf(
  dispute: MoneyDisputesTable,
  station: string,
  rows: Cell[][],
  files: { file_name: string; kind: string; sha256: string; bytes: number }[],
): Readable {
  const doc = new PDFDocument({ size: 'LETTER', margin: 48, info: { Title: `Dispute ${dispute.id}` } });
  const out = new PassThrough();
  doc.pipe(out);
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(latin1(`Dispute for station ${station}`));
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(latin1(`Approved by ${dispute.approved_by} on ${dispute.approved_at.slice(0, 10)}`))
    .text(latin1(`Amount claimed: ${formatDollars(dispute.claimed_cents)}`))
    .moveDown();
  rows.forEach((r, i) => {
    const [week, date, kind, description, expected, billed, difference, evidence] = r;
    const money = (v: Cell | undefined) =>
      typeof v === 'number' ? formatDollars(Math.round(v * 100)) : 'not comparable';
    doc.font('Helvetica-Bold').text(latin1(`${i + 1}. ${date ?? `Week of ${week}`} · ${kind}`));
    doc
      .font('Helvetica')
      .text(latin1(String(description)))
      .text(latin1(`Expected ${money(expected)} · billed ${money(billed)} · difference ${money(difference)}`))
      .fillColor('#444')
      .text(latin1(`Evidence: ${evidence}`))
      .fillColor('black')
      .moveDown(0.6);
  });
  doc.moveDown().font('Helvetica-Bold').text('Source files');
  for (const f of files)
    doc.font('Helvetica').text(latin1(`${f.file_name} (${f.kind}, ${f.bytes} bytes) SHA-256 ${f.sha256}`));
  doc.end();
  return out;
}
