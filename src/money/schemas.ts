import { z } from 'zod';
import type {
  MoneyDiscrepanciesTable,
  MoneyDisputesTable,
  MoneyFilesTable,
  MoneyRatesTable,
} from '../db/schema.js';
import { CalendarDate, TermDate } from '../shared/date-schemas.js';
import { RATE_ITEMS } from './domain/rate-card.js';
import { STATUS_ORDER } from './domain/summary.js';
import { windowClosed } from './domain/week.js';
import type { StoredEvidence } from './reconcile-week.js';

const Id = z.string().min(1).max(100);
export const STATUSES = ['open', 'disputed', 'recovered', 'written_off'] as const;

/** Today's date where no station's is at hand (UTC), for the dispute windows; `?today=` overrides it. */
export const serverToday = (): string => new Date().toISOString().slice(0, 10);
const Cents = z.number().int().min(0).max(1_000_000_000);

export const RateIn = z.object({
  stationId: Id,
  effectiveFrom: TermDate,
  item: z.enum(RATE_ITEMS),
  variant: z.string().trim().max(200).default(''),
  blockHours: z.number().min(0).max(24).default(0),
  rateCents: Cents,
});
export const RateOut = RateIn.extend({ id: z.string(), variant: z.string(), blockHours: z.number() });
export const rateView = (r: MoneyRatesTable) => ({
  id: r.id,
  stationId: r.station_id,
  effectiveFrom: r.effective_from,
  item: r.item,
  variant: r.variant,
  blockHours: r.block_hours,
  rateCents: r.rate_cents,
});

export const FileOut = z.object({
  id: z.string(),
  kind: z.string(),
  stationId: z.string(),
  weekStart: z.string().nullable(),
  fileName: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  importId: z.string(),
  importedAt: z.string(),
});
export const fileView = (f: MoneyFilesTable) => ({
  id: f.id,
  kind: f.kind,
  stationId: f.station_id,
  weekStart: f.week_start,
  fileName: f.file_name,
  sha256: f.sha256,
  bytes: f.bytes,
  importId: f.import_id,
  importedAt: f.imported_at,
});

const EvidenceOut = z.object({
  file: z.string(),
  fileId: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  row: z.number(),
  record: z.object({ table: z.string(), id: z.string(), label: z.string() }).optional(),
});
export const DiscrepancyOut = z.object({
  id: z.string(),
  stationId: z.string(),
  weekStart: z.string(),
  date: z.string().nullable(),
  kind: z.string(),
  description: z.string(),
  expectedCents: z.number().nullable(),
  billedCents: z.number().nullable(),
  differenceCents: z.number().nullable(),
  evidence: z.array(EvidenceOut),
  status: z.enum(STATUSES),
  recoveredCents: z.number().nullable(),
  writtenOffReason: z.string().nullable(),
  deadline: z.string(),
  /** Open, and past its dispute window: it can no longer be disputed, only written off. */
  windowClosed: z.boolean(),
  disputeId: z.string().nullable(),
});
/** A discrepancy as the API answers it, its window judged on `today`. */
export const discrepancyViewOn = (today: string) => (d: MoneyDiscrepanciesTable) => ({
  id: d.id,
  stationId: d.station_id,
  weekStart: d.week_start,
  date: d.date,
  kind: d.kind,
  description: d.description,
  expectedCents: d.expected_cents,
  billedCents: d.billed_cents,
  differenceCents: d.difference_cents,
  evidence: JSON.parse(d.evidence) as StoredEvidence[],
  status: d.status,
  recoveredCents: d.recovered_cents,
  writtenOffReason: d.written_off_reason,
  deadline: d.deadline,
  windowClosed: windowClosed(d, today),
  disputeId: d.dispute_id,
});

export const discrepancyView = (d: MoneyDiscrepanciesTable) => discrepancyViewOn(serverToday())(d);

export const DiscrepancyQuery = z.object({
  stationId: Id.optional(),
  weekStart: CalendarDate.optional(),
  /** `open` are those still disputable; `window_closed` the open ones past their window. */
  status: z.enum(STATUS_ORDER).optional(),
  kind: z.string().max(40).optional(),
  /** The day the windows are judged on (default: today, UTC). */
  today: CalendarDate.optional(),
});

/** Settling one: recovered with the amount that came back, or written off with why. */
export const SettleIn = z.discriminatedUnion('status', [
  z.object({ status: z.literal('recovered'), recoveredCents: Cents }),
  z.object({ status: z.literal('written_off'), reason: z.string().trim().min(1).max(500) }),
]);

export const DisputeIn = z.object({ discrepancyIds: z.array(Id).min(1).max(500) });
export const OutcomeIn = z.object({
  note: z.string().trim().max(500).optional(),
  lines: z
    .array(SettleIn.and(z.object({ discrepancyId: Id })))
    .min(1)
    .max(500),
});
export const DisputeOut = z.object({
  id: z.string(),
  stationId: z.string(),
  approvedBy: z.string(),
  approvedAt: z.string(),
  fileIds: z.array(z.string()),
  claimedCents: z.number(),
  recoveredCents: z.number().nullable(),
  outcomeNote: z.string().nullable(),
  outcomeAt: z.string().nullable(),
});
export const disputeView = (d: MoneyDisputesTable) => ({
  id: d.id,
  stationId: d.station_id,
  approvedBy: d.approved_by,
  approvedAt: d.approved_at,
  fileIds: JSON.parse(d.file_ids) as string[],
  claimedCents: d.claimed_cents,
  recoveredCents: d.recovered_cents,
  outcomeNote: d.outcome_note,
  outcomeAt: d.outcome_at,
});
