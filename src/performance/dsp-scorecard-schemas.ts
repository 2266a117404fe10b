import { z } from 'zod';
import { WeekCell } from './domain/cells.js';
import { METRIC_KEYS } from './domain/metrics.js';
import { STANDINGS } from './domain/profile.js';
import { FIELD_KEYS, FIELDS, type FieldInfo } from './domain/scorecard-fields.js';
import { COUNT_COLUMNS } from './domain/scorecard-table.js';

const Value = z.union([z.string(), z.number()]);

const FieldOut = z.object({
  key: z.enum(FIELD_KEYS),
  label: z.string(),
  kind: z.enum(['week', 'station', 'score', 'standing']),
  required: z.boolean(),
  value: Value.nullable().describe('In effect: the entry, else what the PDF says; null: neither'),
  source: z.enum(['entry', 'pdf']).nullable(),
  read: z
    .object({ value: Value, text: z.string().describe('The text it was read from'), where: z.string() })
    .nullable(),
  unreadReason: z.string().nullable().describe('Why the PDF did not give it'),
  entry: z.object({ by: z.string().nullable(), byLabel: z.string(), at: z.string() }).nullable(),
});

const RowOut = z.object({
  transporterId: z.string(),
  name: z.string().nullable(),
  rank: z.number().nullable(),
  metrics: z.partialRecord(z.enum(METRIC_KEYS), z.number().nullable()),
  counts: z.partialRecord(z.enum(COUNT_COLUMNS), z.number().nullable()),
  page: z.number(),
  text: z.string(),
  driverId: z.string().nullable().describe('The DA with this Transporter ID; null: none yet'),
  driverName: z.string().nullable(),
});

const UnreadCellOut = z.object({
  page: z.number(),
  transporterId: z.string().nullable(),
  column: z.string(),
  text: z.string(),
  reason: z.string(),
});

export const ScorecardSummaryOut = z.object({
  id: z.string(),
  week: z.string().nullable().describe('The Sunday of Amazon’s week; null until entered when unread'),
  label: z.string().nullable(),
  status: z.enum(['needs_entry', 'complete']),
  overallStanding: z.string().nullable(),
  overallScore: z.number().nullable(),
  fileName: z.string(),
  das: z.number(),
  uploadedAt: z.string(),
  updatedAt: z.string(),
});

const StationRefOut = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const ScorecardOut = ScorecardSummaryOut.extend({
  station: StationRefOut,
  file: z.object({ id: z.string(), url: z.string() }),
  pageCount: z.number(),
  fields: z.array(FieldOut),
  table: z.object({
    found: z.boolean(),
    note: z.string().nullable(),
    pages: z.array(z.number()),
    columns: z.array(z.object({ header: z.string(), column: z.string().nullable() })),
    rows: z.array(RowOut),
    unread: z.array(UnreadCellOut),
    unknownTransporters: z.array(z.object({ transporterId: z.string(), name: z.string().nullable() })),
  }),
});

export const UploadOut = ScorecardOut.extend({
  outcome: z.enum(['created', 'replaced', 'unchanged']),
});

export const ScorecardListOut = z.object({ station: StationRefOut, items: z.array(ScorecardSummaryOut) });

const entryValue = (f: FieldInfo) =>
  f.kind === 'week'
    ? z.string().max(20).pipe(WeekCell)
    : f.kind === 'score'
      ? z.number().finite().min(0).max(100)
      : z.enum(STANDINGS);

/** The manager's entries by field: a value sets it, null takes the entry away. The station is not entered. */
export const EntriesIn = z.strictObject({
  entries: z.strictObject(
    Object.fromEntries(
      FIELDS.filter((f) => f.kind !== 'station').map((f) => [f.key, entryValue(f).nullable().optional()]),
    ),
  ),
});
