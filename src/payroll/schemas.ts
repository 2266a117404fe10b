import { z } from 'zod';
import type { PayrollExceptionsTable, PayrollPremiumsTable, PunchesTable } from '../db/schema.js';
import { CalendarDate, PastInstant } from '../shared/date-schemas.js';

export const PUNCH_KINDS = ['in', 'meal_start', 'meal_end', 'rest_start', 'rest_end', 'out'] as const;
/** `answered`: a DA's question settled with the manager's words, no punch changed. */
export const RESOLUTIONS = ['corrected', 'waiver', 'premium', 'overtime_approved', 'answered'] as const;

const Reason = z.string().trim().min(1).max(500);
const Id = z.string().min(1).max(100);
export const Location = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const PhonePunchIn = z.object({
  /** The phone's own id for the punch, so a resend after a dropped connection is stored once. */
  clientId: Id,
  kind: z.enum(PUNCH_KINDS),
  at: PastInstant,
  location: Location.optional(),
});

export const ManagerPunchIn = z.object({
  driverId: Id,
  stationId: Id,
  kind: z.enum(PUNCH_KINDS),
  at: PastInstant,
  reason: Reason,
});

export const CorrectionIn = z.object({
  kind: z.enum(PUNCH_KINDS).optional(),
  at: PastInstant,
  reason: Reason,
});

export const StationPunchesQuery = z
  .object({ stationId: Id, date: CalendarDate.optional(), weekStart: CalendarDate.optional() })
  .refine((q) => (q.date === undefined) !== (q.weekStart === undefined), {
    message: 'Give a date or a weekStart.',
    path: ['date'],
  });

export const LocationIn = Location.extend({ radiusMeters: z.number().int().min(25).max(10_000) });
export const LocationOut = LocationIn.extend({ stationId: z.string() });

export const PunchOut = z.object({
  id: z.string(),
  driverId: z.string().nullable(),
  employeeNumber: z.string().nullable(),
  stationId: z.string(),
  kind: z.enum(PUNCH_KINDS),
  at: z.string(),
  workday: z.string(),
  source: z.enum(['phone', 'import', 'manager']),
  clientId: z.string().nullable(),
  location: Location.nullable(),
  outsideRadius: z.boolean().nullable(),
  importId: z.string().nullable(),
  correctsId: z.string().nullable(),
  reason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const punchView = (p: PunchesTable): z.infer<typeof PunchOut> => ({
  id: p.id,
  driverId: p.driver_id,
  employeeNumber: p.employee_number,
  stationId: p.station_id,
  kind: p.kind,
  at: p.at,
  workday: p.workday,
  source: p.source,
  clientId: p.client_id,
  location:
    p.latitude === null || p.longitude === null ? null : { latitude: p.latitude, longitude: p.longitude },
  outsideRadius: p.outside_radius === null ? null : p.outside_radius === 1,
  importId: p.import_id,
  correctsId: p.corrects_id,
  reason: p.reason,
  createdBy: p.created_by,
  createdAt: p.created_at,
});

export const ExceptionsQuery = z
  .object({ stationId: Id, date: CalendarDate.optional(), status: z.enum(['open', 'resolved']).optional() })
  .refine((q) => q.date !== undefined || q.status !== undefined, {
    message: 'Give a date or a status.',
    path: ['date'],
  });

export const ResolveIn = z.object({
  resolution: z.enum(RESOLUTIONS),
  reason: Reason,
  /** With `corrected`: the manager's punch (added or correcting) that settles it. */
  correctionId: Id.optional(),
});

export const BulkResolveIn = z.object({
  ids: z.array(Id).min(1).max(500),
  /** One resolution for all (a correction names its own punch, so it is settled one by one). */
  resolution: z.enum(RESOLUTIONS).exclude(['corrected']),
  reason: Reason,
});

export const ExceptionOut = z.object({
  id: z.string(),
  stationId: z.string(),
  driverId: z.string(),
  workday: z.string(),
  kind: z.string(),
  message: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  status: z.enum(['open', 'resolved']),
  resolution: z.enum(RESOLUTIONS).nullable(),
  reason: z.string().nullable(),
  correctionId: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});

export const exceptionView = (e: PayrollExceptionsTable): z.infer<typeof ExceptionOut> => ({
  id: e.id,
  stationId: e.station_id,
  driverId: e.driver_id,
  workday: e.workday,
  kind: e.kind,
  message: e.message,
  evidence: JSON.parse(e.evidence),
  status: e.status,
  resolution: e.resolution,
  reason: e.resolution_reason,
  correctionId: e.correction_id,
  resolvedBy: e.resolved_by,
  resolvedAt: e.resolved_at,
});

export const PremiumOut = z.object({
  id: z.string(),
  driverId: z.string(),
  workday: z.string(),
  kind: z.enum(['meal', 'rest']),
  hours: z.number(),
  exceptionId: z.string(),
  reason: z.string(),
  paidAt: z.string().nullable(),
});

export const premiumView = (p: PayrollPremiumsTable): z.infer<typeof PremiumOut> => ({
  id: p.id,
  driverId: p.driver_id,
  workday: p.workday,
  kind: p.kind,
  hours: p.hours,
  exceptionId: p.exception_id,
  reason: p.reason,
  paidAt: p.paid_at,
});
