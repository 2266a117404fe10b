import { PassThrough } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import {
  type Cell,
  type ExportFile,
  type ExportFormat,
  type SheetColumn,
  spreadsheetFile,
} from '../imports/export-file.js';
import { latin1 } from '../shared/pdf-text.js';
import { driverName, loadDayContext } from './day-context.js';
import { shortDay } from './domain/calendar.js';
import { vanTypeLabel } from './domain/conflicts.js';

export const ROSTER_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type RosterFormat = (typeof ROSTER_FORMATS)[number];

const COLUMNS: SheetColumn[] = [
  { header: 'Wave', width: 8 },
  { header: 'Route', width: 10 },
  { header: 'Staging', width: 10 },
  { header: 'DA', width: 24 },
  { header: 'Transporter ID', width: 17 },
  { header: 'Van', width: 10 },
  { header: 'Van type', width: 10 },
  { header: 'Planned minutes', width: 10 },
  { header: 'Stops', width: 8 },
  { header: 'Packages', width: 9 },
  { header: 'Checked in', width: 10 },
];

/** The roster as rows, one per route, by wave: what is printed and handed out in the morning. */
async function rosterRows(db: Db, actor: Actor, stationId: string, date: string) {
  const ctx = await loadDayContext(db, actor, stationId, date);
  const drivers = new Map(ctx.drivers.map((d) => [d.driver.id, d]));
  const vans = new Map(ctx.vans.map((v) => [v.van.id, v.van]));
  const rows: Cell[][] = ctx.routes.map((r) => {
    const d = r.driver_id ? drivers.get(r.driver_id) : undefined;
    const v = r.van_id ? vans.get(r.van_id) : undefined;
    return [
      r.wave_time,
      r.code,
      r.staging_location,
      d ? driverName(d.driver) : 'UNCOVERED',
      d?.driver.transporterId ?? null,
      v?.fleetNumber ?? null,
      vanTypeLabel(r.van_type),
      r.planned_minutes,
      r.stops,
      r.packages,
      d?.shift?.checkedInAt ? 'yes' : 'no',
    ];
  });
  return { ctx, rows };
}

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

function rosterPdf(title: string, subtitle: string, rows: Cell[][]): PassThrough {
  const doc = new PDFDocument({ size: 'LETTER', layout: 'landscape', margin: 36, info: { Title: title } });
  const out = new PassThrough();
  doc.pipe(out);
  doc.font('Helvetica-Bold').fontSize(16).text(latin1(title));
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#444')
    .text(latin1(subtitle))
    .moveDown(0.5)
    .fillColor('black');
  const printable = doc.page.width - 72;
  const total = COLUMNS.reduce((sum, c) => sum + c.width, 0);
  doc.fontSize(9).table({
    columnStyles: COLUMNS.map((c) => ({ width: (c.width / total) * printable })),
    rowStyles: (i) => (i === 0 ? { font: 'Helvetica-Bold', backgroundColor: '#e8eef6' } : {}),
    data: [COLUMNS.map((c) => c.header), ...rows.map((r) => r.map(latin1))],
  });
  doc.end();
  return out;
}

/** The day's roster as CSV, Excel or a printable PDF. */
export async function exportRoster(
  db: Db,
  actor: Actor,
  stationId: string,
  date: string,
  format: RosterFormat,
): Promise<ExportFile> {
  const { ctx, rows } = await rosterRows(db, actor, stationId, date);
  const name = `roster-${ctx.station.code}-${date}`;
  if (format !== 'pdf') {
    return spreadsheetFile({
      format: format as ExportFormat,
      name,
      sheet: 'Roster',
      columns: COLUMNS,
      rows: each(rows),
    });
  }
  const covered = ctx.routes.filter((r) => r.driver_id).length;
  const subtitle = `${covered} of ${ctx.routes.length} routes covered · ${
    ctx.rosterPublishedAt
      ? `published ${ctx.rosterPublishedAt.slice(0, 16).replace('T', ' ')} UTC`
      : 'not published'
  }`;
  return {
    fileName: `${name}.pdf`,
    contentType: 'application/pdf',
    body: rosterPdf(`${ctx.station.code} roster · ${shortDay(date)} ${date.slice(0, 4)}`, subtitle, rows),
  };
}
