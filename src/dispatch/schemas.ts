import { z } from 'zod';
import { CalendarDate, HHMM, PlanningDate } from '../shared/date-schemas.js';
import { VAN_TYPES } from '../shared/vans.js';
import { SHIFT_KINDS } from './domain/shift-checks.js';

export const StationDayQuery = z.object({
  stationId: z.string().min(1).max(100),
  date: CalendarDate.optional(),
});
export const StationWeekQuery = z.object({
  stationId: z.string().min(1).max(100),
  /** Any date of the week; the week is the Sunday-to-Saturday one holding it. */
  date: CalendarDate.optional(),
});

export const ShiftOut = z.object({
  id: z.string(),
  stationId: z.string(),
  driverId: z.string(),
  date: z.string(),
  kind: z.enum(SHIFT_KINDS),
  startTime: z.string(),
  minutes: z.number(),
  status: z.enum(['scheduled', 'called_out', 'no_show']),
  source: z.string(),
  note: z.string().nullable(),
  publishedAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  attendanceEventId: z.string().nullable(),
  updatedAt: z.string(),
});

export const ShiftIn = z.strictObject({
  stationId: z.string().min(1).max(100),
  driverId: z.string().min(1).max(100),
  date: PlanningDate,
  kind: z.enum(SHIFT_KINDS),
  startTime: HHMM,
  minutes: z
    .number()
    .int()
    .min(30)
    .max(14 * 60),
  note: z.string().trim().max(500).nullable().optional(),
});

const Week7 = z.array(z.boolean()).length(7);
export const PatternIn = z.strictObject({
  weekdays: Week7,
  preferredWeekdays: Week7,
  wantsDays: z.number().int().min(0).max(7),
  note: z.string().trim().max(500).nullable().optional(),
});
export const PatternOut = z.object({ weekdays: Week7, preferredWeekdays: Week7, wantsDays: z.number() });

export const ExceptionOut = z.object({
  id: z.string(),
  date: z.string(),
  available: z.boolean(),
  note: z.string().nullable(),
});

export const TimeOffOut = z.object({
  id: z.string(),
  driverId: z.string(),
  firstDate: z.string(),
  lastDate: z.string(),
  status: z.enum(['pending', 'approved', 'denied', 'cancelled']),
  reason: z.string().nullable(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

export const TimeOffIn = z.strictObject({
  firstDate: PlanningDate,
  lastDate: PlanningDate,
  reason: z.string().trim().max(500).nullable().optional(),
});

export const AvailabilityOut = z.object({
  today: z.string(),
  pattern: PatternOut,
  note: z.string().nullable(),
  updatedBy: z.string().nullable(),
  exceptions: z.array(ExceptionOut),
  timeOff: z.array(TimeOffOut),
});

export const DayAvailabilityOut = z.object({
  available: z.boolean(),
  cause: z.enum(['time_off', 'exception', 'pattern']).nullable(),
  reason: z.string().nullable(),
  preferred: z.boolean(),
  timeOffPending: z.boolean(),
});

export const ClearanceOut = z.object({
  cleared: z.boolean(),
  reasons: z.array(z.string()),
  vanTypes: z.array(z.string()),
});

export const StationRef = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
});

export const StandbyPlanOut = z.object({
  date: z.string(),
  routes: z.number(),
  routeDas: z.number(),
  standbys: z.number(),
  missRate: z.number(),
  expectedMisses: z.number(),
  coverage: z.number(),
  recommendedStandbys: z.number(),
  coverageWithRecommended: z.number(),
});

export const VanTypeEnum = z.enum(VAN_TYPES);
