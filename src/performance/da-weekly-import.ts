import type { z } from 'zod';
import type { DaWeeksTable } from '../db/schema.js';
import type { ImportField, ImportKind } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { dateIn, PAST } from '../shared/date-schemas.js';
import { MetricNumber, Ratio, TextCell, TierCell, TransporterCell, WeekCell } from './domain/cells.js';
import { METRICS, type MetricKey, noMetrics, TIERED_METRICS } from './domain/metrics.js';
import { weekFromFileName, weekLabel } from './domain/weeks.js';
import { changedColumns, upsertFacts } from './fact-store.js';
import { driversByTransporterId, factKind, linkedDriver, stationOf, undoIn } from './import-common.js';
import { findDaWeeks } from './store.js';

const tierField = (key: MetricKey) => `${key}_tier`;
const scoreField = (key: MetricKey) => `${key}_score`;

/** A metric's Tier and Score columns, named after the stems the file uses ("Speeding Event Rate Tier"). */
const tierAndScoreFields = (stems: readonly string[], key: MetricKey): ImportField[] =>
  (['Tier', 'Score'] as const).map((word) => ({
    name: word === 'Tier' ? tierField(key) : scoreField(key),
    label: `${stems[0]} ${word}`,
    required: false,
    aliases: stems.slice(1).map((s) => `${s} ${word}`),
  }));

const fields: ImportField[] = [
  {
    name: 'week',
    label: 'Week',
    required: false,
    aliases: ['week number', 'scorecard week', 'week start'],
    description:
      '2026-W48, 2026-48 or a date in the week; without the column, the file name’s …_2026-W48.csv',
  },
  {
    name: 'name',
    label: 'Delivery Associate',
    required: false,
    aliases: ['da', 'da name', 'driver', 'driver name', 'name', 'associate'],
  },
  {
    name: 'transporterId',
    label: 'Transporter ID',
    required: true,
    aliases: ['transporter', 'tid', 'da transporter id'],
    description: 'Matches the DA; an ID no DA has is kept and listed for you to link',
  },
  { name: 'standing', label: 'Overall Standing', required: false, aliases: ['standing', 'overall tier'] },
  { name: 'overallScore', label: 'Overall Score', required: false, aliases: ['total score'] },
  ...METRICS.flatMap((m) => [
    { name: m.key, label: m.headers[0] ?? m.label, required: false, aliases: m.headers.slice(1) },
    ...(m.stems.length > 0 ? tierAndScoreFields(m.stems, m.key) : []),
  ]),
];

const schemas: Record<string, z.ZodType> = {
  week: WeekCell.pipe(dateIn(PAST)),
  name: TextCell(120),
  transporterId: TransporterCell,
  standing: TierCell,
  overallScore: MetricNumber,
  ...Object.fromEntries(METRICS.map((m) => [m.key, m.unit === 'ratio' ? Ratio : MetricNumber])),
  ...Object.fromEntries(
    TIERED_METRICS.flatMap((m) => [
      [tierField(m.key), TierCell],
      [scoreField(m.key), MetricNumber],
    ]),
  ),
};

/** One file row's cells as read: each field's value, undefined for a blank cell or a missing column. */
type DaWeekCells = Record<string, unknown>;

interface DaWeekRow {
  weekStart: string;
  transporterId: string;
  driverId: string | null;
  name: string | null;
  /** JSON, with every metric in the catalogue's order so the same file writes the same text. */
  metrics: string;
  tiers: string;
  scores: string;
  standing: string | null;
  overallScore: number | null;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** The metrics, Amazon's tiers and Amazon's scores of a row, as stored. */
function figuresOf(cells: DaWeekCells) {
  const metrics: Record<string, unknown> = noMetrics();
  const tiers: Record<string, unknown> = {};
  const scores: Record<string, unknown> = {};
  for (const m of METRICS) metrics[m.key] = orNull(cells[m.key]);
  for (const m of TIERED_METRICS) {
    tiers[m.key] = orNull(cells[tierField(m.key)]);
    scores[m.key] = orNull(cells[scoreField(m.key)]);
  }
  return { metrics: JSON.stringify(metrics), tiers: JSON.stringify(tiers), scores: JSON.stringify(scores) };
}

const columnsOf = (r: DaWeekRow) => ({
  da_name: r.name,
  metrics: r.metrics,
  amazon_tiers: r.tiers,
  amazon_scores: r.scores,
  overall_standing: r.standing,
  overall_score: r.overallScore,
});

/**
 * Amazon's per-DA weekly figures at a station — the "DSP Overview Dashboard" CSV/XLSX (or its trailing
 * six weeks): each metric's value, Amazon's tier and score, the overall standing and score. Natural
 * key: week and Transporter ID. Blank or "-" is no data; percentages as 99.6% or 0.996.
 */
export const daWeeklyImport: ImportKind<DaWeekRow, DaWeekCells> = {
  kind: 'da-weekly',
  label: 'DA weekly performance',
  ...factKind,
  entity: 'da_week',
  fields,
  reader: () => cellsParser(fields, schemas),
  async prepare(db, scope) {
    const drivers = await driversByTransporterId(db, scope.orgId);
    const fileWeek = weekFromFileName(scope.fileName);
    return (cells) => {
      const weekStart = (cells.week as string | undefined) ?? fileWeek;
      if (!weekStart) {
        return {
          ok: false,
          issues: [
            {
              field: 'week',
              message:
                'Which week? Add a Week column (2026-W48) or keep Amazon’s file name (…_2026-W48.csv).',
            },
          ],
        };
      }
      const transporterId = cells.transporterId as string;
      return {
        ok: true,
        row: {
          weekStart,
          transporterId,
          driverId: drivers.get(transporterId) ?? null,
          name: (cells.name as string | undefined) || null,
          ...figuresOf(cells),
          standing: orNull(cells.standing as string | null | undefined),
          overallScore: orNull(cells.overallScore as number | null | undefined),
        },
      };
    };
  },
  key: (row) => `${weekLabel(row.weekStart)} ${row.transporterId}`,
  keyFields: ['transporterId'],
  async apply(trx, scope, rows) {
    const stationId = stationOf(scope);
    const stored = await findDaWeeks(
      trx,
      scope.orgId,
      stationId,
      [...new Set(rows.map((r) => r.weekStart))],
      rows.map((r) => r.transporterId),
    );
    const keyOf = (week: string, tid: string) => `${week} ${tid}`;
    return upsertFacts(
      trx,
      'da_weeks',
      scope,
      rows,
      new Map(stored.map((s) => [keyOf(s.week_start, s.transporter_id), s])),
      {
        key: (r) => keyOf(r.weekStart, r.transporterId),
        fresh: (r, common) => ({
          ...common,
          station_id: stationId,
          week_start: r.weekStart,
          transporter_id: r.transporterId,
          driver_id: r.driverId,
          ...columnsOf(r),
        }),
        patch: (r, s) =>
          changedColumns<DaWeeksTable>(
            { ...columnsOf(r), driver_id: linkedDriver(r.driverId, s.driver_id) },
            s,
          ),
      },
    );
  },
  undo: undoIn('da_weeks'),
};
