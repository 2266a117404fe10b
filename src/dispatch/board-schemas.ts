import { z } from 'zod';
import { CalendarDate, HHMM, PlanningDate } from '../shared/date-schemas.js';
import { ShiftOut, StationRef, VanTypeEnum } from './schemas.js';

/** What the day's routes ask of the caller: the board is read by dispatch, changed by who runs the day. */
export const DISPATCH_READ = { permission: 'dispatch.read' } as const;
export const DISPATCH_WRITE = { permission: 'dispatch.write' } as const;

export const Count = z.number().int().min(0).max(100_000);

export const RouteIn = z.strictObject({
  code: z.string().trim().min(1).max(20),
  waveTime: HHMM,
  stagingLocation: z.string().trim().max(40).nullable().optional(),
  serviceType: z.string().trim().max(60).nullable().optional(),
  plannedMinutes: z
    .number()
    .int()
    .min(30)
    .max(14 * 60),
  stops: Count.nullable().optional(),
  packages: Count.nullable().optional(),
  vanType: VanTypeEnum,
});

const ConflictOut = z.object({ level: z.enum(['block', 'warn']), code: z.string(), message: z.string() });

const CloseOut = z
  .object({
    actualStart: z.string(),
    actualEnd: z.string(),
    actualMinutes: z.number(),
    overrunMinutes: z.number(),
    stopsCompleted: z.number().nullable(),
    packagesDelivered: z.number().nullable(),
    packagesReturned: z.number().nullable(),
    closedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .nullable();

export const RouteOut = z.object({
  id: z.string(),
  code: z.string(),
  waveTime: z.string(),
  stagingLocation: z.string().nullable(),
  serviceType: z.string().nullable(),
  plannedMinutes: z.number(),
  stops: z.number().nullable(),
  packages: z.number().nullable(),
  vanType: z.string(),
  driverId: z.string().nullable(),
  vanId: z.string().nullable(),
  pinned: z.boolean(),
  why: z.array(z.string()),
  assignedBy: z.string().nullable(),
  assignedAt: z.string().nullable(),
  version: z.number(),
  source: z.string(),
  close: CloseOut,
});

export const BoardOut = z.union([
  z.object({ changed: z.literal(false), version: z.number() }),
  z.object({
    changed: z.literal(true),
    version: z.number(),
    station: StationRef,
    date: z.string(),
    rosterPublishedAt: z.string().nullable(),
    routes: z.array(RouteOut.extend({ conflicts: z.array(ConflictOut) })),
    drivers: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        transporterId: z.string().nullable(),
        shift: ShiftOut.nullable(),
        cleared: z.boolean(),
        clearanceReasons: z.array(z.string()),
        vanTypes: z.array(z.string()),
        availability: z.object({
          available: z.boolean(),
          timeOff: z.boolean(),
          reason: z.string().nullable(),
        }),
        otherDays: z.number(),
        otherDaysMinutes: z.number(),
        pastSixDaysMinutes: z.number(),
        yesterdayEndMinute: z.number().nullable(),
        hourlyRateCents: z.number().nullable(),
        routeId: z.string().nullable(),
      }),
    ),
    vans: z.array(
      z.object({
        id: z.string(),
        fleetNumber: z.string(),
        vanType: z.string(),
        status: z.string(),
        statusReason: z.string().nullable(),
        dispatchable: z.boolean(),
        preTrip: z.enum(['passed', 'failed', 'missing']),
        routeId: z.string().nullable(),
      }),
    ),
    rescues: z.array(
      z.object({
        id: z.string(),
        routeId: z.string(),
        rescuerDriverId: z.string(),
        stops: z.number(),
        packages: z.number(),
        startedAt: z.string(),
        endedAt: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    rules: z.object({
      overtimeAfterMinutes: z.number(),
      weekCapMinutes: z.number(),
      caps: z.object({
        maxDayMinutes: z.number(),
        maxSevenDayMinutes: z.number(),
        minRestMinutes: z.number(),
      }),
      maxDaysPerWeek: z.number(),
      defaultHourlyCents: z.number(),
    }),
  }),
]);

export const Version = z.object({ version: z.number().int().min(0) });

const OvertimeDecisionOut = z.object({
  status: z.enum(['none', 'allowed', 'needs_approval', 'approved', 'declined']),
  das: z.array(
    z.object({
      driverId: z.string(),
      name: z.string(),
      routeCode: z.string(),
      overtimeMinutes: z.number(),
      weekMinutes: z.number(),
      costCents: z.number(),
    }),
  ),
  minutes: z.number(),
  costCents: z.number(),
  routesCovered: z.number(),
  covers: z.array(z.string()),
  text: z.string(),
});

export const ReplacementsOut = z.object({
  route: z.object({
    id: z.string(),
    code: z.string(),
    vanType: z.string(),
    plannedMinutes: z.number(),
    version: z.number(),
  }),
  replacements: z.array(
    z.object({
      driverId: z.string(),
      name: z.string(),
      group: z.enum(['standby', 'scheduled', 'off_today']),
      checkedIn: z.boolean(),
      vanTypes: z.array(z.string()),
      weekMinutes: z.number(),
      weekMinutesAfter: z.number(),
      overtimeMinutes: z.number(),
      overtimeCostCents: z.number(),
    }),
  ),
  leftOut: z.array(
    z.object({ reason: z.string(), names: z.array(z.string()), driverIds: z.array(z.string()) }),
  ),
  van: z.object({ id: z.string(), fleetNumber: z.string() }).nullable(),
  vanNote: z.string().nullable(),
});

export const CloseIn = z.strictObject({
  version: z.number().int().min(0),
  actualStart: HHMM,
  actualEnd: HHMM,
  stopsCompleted: Count,
  packagesDelivered: Count,
  packagesReturned: Count,
});

export const RosterBuildIn = z
  .strictObject({
    overtime: z.enum(['approve', 'decline']).optional(),
    approvedMinutes: z.number().int().min(1).max(100_000).optional(),
  })
  .nullish(); // a plain POST (no answer yet) has no body

export const RosterBuildOut = z.object({
  version: z.number(),
  assigned: z.number(),
  uncovered: z.array(z.object({ routeCode: z.string(), reasons: z.array(z.string()) })),
  causes: z.array(z.object({ text: z.string(), routeCodes: z.array(z.string()) })),
  overtime: OvertimeDecisionOut,
  /** DAs off today who could cover the routes waiting on the overtime without any. */
  callIn: z.array(
    z.object({
      routeId: z.string(),
      routeCode: z.string(),
      driverId: z.string(),
      name: z.string(),
      vanId: z.string().nullable(),
    }),
  ),
  objective: z.number(),
});

export const CalloutIn = z.strictObject({
  stationId: z.string().min(1).max(100),
  date: PlanningDate,
  driverId: z.string().min(1).max(100),
  kind: z.enum(['callout', 'ncns']),
  noticeHours: z
    .number()
    .min(0)
    .max(24 * 30)
    .nullable()
    .optional(),
  reason: z.string().trim().max(500).nullable().optional(),
});

export const RescueIn = z.strictObject({
  routeId: z.string().min(1).max(100),
  rescuerDriverId: z.string().min(1).max(100),
  stops: Count,
  packages: Count,
  startTime: HHMM,
  endTime: HHMM.nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
});

export const RescueCountsQuery = z.object({
  stationId: z.string().min(1).max(100),
  from: CalendarDate,
  to: CalendarDate,
});

export const RescueCountsOut = z.object({
  items: z.array(
    z.object({
      driverId: z.string(),
      name: z.string(),
      rescuesGiven: z.number(),
      stopsTaken: z.number(),
      packagesTaken: z.number(),
      rescuesReceived: z.number(),
      stopsGivenAway: z.number(),
    }),
  ),
});
