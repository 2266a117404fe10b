import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { recordAudit } from '../audit/store.js';
import { localDate } from '../shared/dates.js';
import { IdParams } from '../tenancy/schemas.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { autoSchedule } from './auto-schedule.js';
import { weekStartOf } from './domain/calendar.js';
import { DispatchRules } from './domain/rules.js';
import { findRules, saveRules } from './rules-store.js';
import {
  ClearanceOut,
  DayAvailabilityOut,
  ShiftIn,
  ShiftOut,
  StandbyPlanOut,
  StationRef,
  StationWeekQuery,
} from './schemas.js';
import { putShift, removeShift } from './shifts.js';
import { publishWeek, saveWeekDemand, WeekDemand, weekView } from './week.js';

const WeekOut = z.object({
  station: StationRef,
  weekStart: z.string(),
  dates: z.array(z.string()),
  rules: DispatchRules,
  demand: WeekDemand,
  published: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
  unpublishedShifts: z.number(),
  days: z.array(
    z.object({
      date: z.string(),
      demand: z.object({ routes: z.number(), standbys: z.number() }),
      routesKnown: z.number(),
      scheduled: z.object({
        route: z.number(),
        standby: z.number(),
        other: z.number(),
        calledOut: z.number(),
      }),
      short: z.object({ routes: z.number(), standbys: z.number() }),
      standby: StandbyPlanOut,
    }),
  ),
  drivers: z.array(
    z.object({
      driver: z.object({
        id: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        status: z.string(),
        vanTypes: z.array(z.string()),
      }),
      wantsDays: z.number(),
      scheduledDays: z.number(),
      scheduledMinutes: z.number(),
      days: z.array(
        z.object({
          date: z.string(),
          availability: DayAvailabilityOut,
          clearance: ClearanceOut,
          shift: ShiftOut.nullable(),
        }),
      ),
    }),
  ),
});

/** The week: schedule, demand, publishing, shifts and the org's scheduling rules. */
export function scheduleRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['schedule'];
  const read = { permission: 'schedule.read' } as const;
  const write = { permission: 'schedule.write' } as const;

  /** The week holding `date`, or this week at the station. */
  const weekOf = async (
    req: { query: { stationId: string; date?: string | undefined } },
    actor: ReturnType<typeof actorOf>,
  ) => {
    const station = await visibleStation(db, actor, req.query.stationId);
    return weekStartOf(req.query.date ?? localDate(station.time_zone));
  };

  app.get(
    '/schedule/week',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'A station’s week (Sunday to Saturday): demand, each DA’s days and shifts, shortfalls, standby plan',
        querystring: StationWeekQuery,
        response: { 200: WeekOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return weekView(db, actor, req.query.stationId, await weekOf(req, actor));
    },
  );

  app.put(
    '/schedule/week/demand',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Set what the week must cover: routes and standbys per day, shift lengths and start time',
        querystring: StationWeekQuery,
        body: WeekDemand,
        response: { 200: WeekDemand },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return saveWeekDemand(db, actor, req.query.stationId, await weekOf(req, actor), req.body);
    },
  );

  app.post(
    '/schedule/week/publish',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Publish the week: DAs see their shifts on the phone and get a message to confirm',
        querystring: StationWeekQuery,
        response: {
          200: z.object({ publishedAt: z.string(), shiftsPublished: z.number(), dasNotified: z.number() }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return publishWeek(db, actor, req.query.stationId, await weekOf(req, actor));
    },
  );

  app.post(
    '/schedule/week/auto',
    {
      config: { access: write },
      schema: {
        tags,
        summary:
          'Auto-schedule the week (HiGHS): keeps the manager’s and published shifts, replaces its own unpublished ones, and says why any day is short or any DA got fewer days than asked',
        querystring: StationWeekQuery,
        response: {
          200: z.object({
            shiftsCreated: z.number(),
            shiftsRemoved: z.number(),
            gap: z.number(),
            dayGaps: z.array(z.object({ date: z.string(), message: z.string() })),
            daGaps: z.array(
              z.object({
                message: z.string(),
                das: z.array(z.object({ driverId: z.string(), name: z.string() })),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return autoSchedule(db, actor, req.query.stationId, await weekOf(req, actor));
    },
  );

  app.put(
    '/schedule/shifts',
    {
      config: { access: write },
      schema: {
        tags,
        summary:
          'Put a DA on the schedule for a day (replaces their shift that day); refused on approved time off or when not cleared, warned past the caps',
        body: ShiftIn,
        response: { 200: z.object({ shift: ShiftOut, warnings: z.array(z.string()) }) },
      },
    },
    async (req) => putShift(db, actorOf(req), req.body),
  );

  app.delete(
    '/schedule/shifts/:id',
    {
      config: { access: write, refuses: [409] },
      schema: { tags, summary: 'Take a shift off the schedule', params: IdParams },
    },
    async (req, reply) => {
      await removeShift(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/schedule/rules',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The org’s scheduling rules (caps, rest, standby target)',
        response: { 200: DispatchRules },
      },
    },
    async (req) => findRules(db, actorOf(req).orgId),
  );

  app.put(
    '/schedule/rules',
    {
      config: { access: { permission: 'schedule.rules' } },
      schema: {
        tags,
        summary: 'Change the org’s scheduling rules',
        body: DispatchRules,
        response: { 200: DispatchRules },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await db.transaction().execute(async (trx) => {
        const before = await findRules(trx, actor.orgId);
        await saveRules(trx, actor.orgId, req.body, actor.label);
        await recordAudit(trx, actor, {
          entity: 'dispatch_rules',
          entityId: actor.orgId,
          before,
          after: req.body,
        });
      });
      return req.body;
    },
  );
}
