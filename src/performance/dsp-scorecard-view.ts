import { notFound } from '../app/problems.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DspScorecardsTable, StationsTable } from '../db/schema.js';
import { findDriversByIds } from '../people/store.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { type Entries, effective } from './domain/scorecard-entries.js';
import { FIELDS } from './domain/scorecard-fields.js';
import type { ScorecardReading } from './domain/scorecard-reading.js';
import { weekLabel } from './domain/weeks.js';
import { findScorecard, findScorecardOfWeek, listScorecards } from './dsp-scorecard-store.js';
import { driversByTransporterId } from './import-common.js';

/** How a scorecard reads for the manager: each field with its value and where it came from, and the DAs. */

const NO_TABLE =
  'This scorecard has no per-DA table (Amazon took it off the PDF in October 2025): import the DSP Overview Dashboard for each DA’s figures.';

const parsed = (row: DspScorecardsTable) => ({
  reading: JSON.parse(row.reading) as ScorecardReading,
  entries: JSON.parse(row.entries) as Entries,
});

function fieldsOf(reading: ScorecardReading, entries: Entries) {
  return FIELDS.map((f) => {
    const read = reading.fields[f.key];
    const entry = entries[f.key];
    return {
      key: f.key,
      label: f.label,
      kind: f.kind,
      required: f.required,
      ...effective(reading, entries, f.key),
      read: read.read ? { value: read.value, text: read.text, where: read.where } : null,
      unreadReason: read.read ? null : read.reason,
      entry: entry ? { by: entry.by, byLabel: entry.byLabel, at: entry.at } : null,
    };
  });
}

/** The table's rows matched to the org's DAs by Transporter ID now (a link made since shows at once). */
async function tableOf(db: Db, orgId: string, reading: ScorecardReading) {
  const drivers = await driversByTransporterId(db, orgId);
  const ids = reading.table.rows.flatMap((r) => drivers.get(r.transporterId) ?? []);
  const names = new Map(
    (await findDriversByIds(db, orgId, ids)).map((d) => [d.id, `${d.firstName} ${d.lastName}`]),
  );
  const rows = reading.table.rows.map((r) => {
    const driverId = drivers.get(r.transporterId) ?? null;
    return { ...r, driverId, driverName: driverId ? (names.get(driverId) ?? null) : null };
  });
  return {
    found: reading.table.found,
    note: reading.table.found ? null : NO_TABLE,
    pages: reading.table.pages,
    columns: reading.table.columns,
    rows,
    unread: reading.table.unread,
    unknownTransporters: rows
      .filter((r) => !r.driverId)
      .map((r) => ({ transporterId: r.transporterId, name: r.name })),
  };
}

const stationRef = (s: StationsTable) => ({ id: s.id, code: s.code, name: s.name });

function summaryOf(row: DspScorecardsTable) {
  const { reading } = parsed(row);
  return {
    id: row.id,
    week: row.week_start,
    label: row.week_start ? weekLabel(row.week_start) : null,
    status: row.status,
    overallStanding: row.overall_standing,
    overallScore: row.overall_score,
    fileName: row.file_name,
    das: reading.table.rows.length,
    uploadedAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A scorecard the actor may see (their org, a station in their scope); any other id answers 404. */
export async function visibleScorecard(db: Db, actor: Actor, id: string): Promise<DspScorecardsTable> {
  const row = await findScorecard(db, actor.orgId, id);
  if (!row || !inStationScope(actor, row.station_id)) throw notFound('Scorecard');
  return row;
}

export async function scorecardView(db: Db, actor: Actor, id: string) {
  const row = await visibleScorecard(db, actor, id);
  const station = await visibleStation(db, actor, row.station_id);
  const { reading, entries } = parsed(row);
  return {
    ...summaryOf(row),
    station: stationRef(station),
    file: { id: row.file_id, url: `/api/v1/files/${row.file_id}` },
    pageCount: reading.pageCount,
    fields: fieldsOf(reading, entries),
    table: await tableOf(db, actor.orgId, reading),
  };
}

/** A station's scorecards, or one week's. */
export async function stationScorecards(db: Db, actor: Actor, stationId: string, week?: string) {
  const station = await visibleStation(db, actor, stationId);
  const rows = await listScorecards(db, actor.orgId, station.id, week);
  return { station: stationRef(station), items: rows.map(summaryOf) };
}

/** Amazon's own figure of a station's week, from its scorecard; null when none was uploaded. */
export async function amazonWeekFigure(db: Db, orgId: string, stationId: string, week: string) {
  const row = await findScorecardOfWeek(db, orgId, stationId, week);
  if (!row) return null;
  return {
    scorecardId: row.id,
    standing: row.overall_standing,
    score: row.overall_score,
    status: row.status,
  };
}
