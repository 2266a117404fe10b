import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { CalendarDate, HHMM, PlanningDate } from '../shared/date-schemas.js';
import { localDate } from '../shared/dates.js';
import { IdParams } from '../tenancy/schemas.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { boardView } from './board.js';
import { markCallout, replacementsFor } from './callouts.js';
import { closeRoute } from './closing.js';
import { dayStandbyPlan } from './day-standby.js';
import { addRoute, changeRoute, removeRoute } from './delivery-routes.js';
import { recordRescue, removeRescue, rescueCounts } from './rescues.js';
import { assignRoute, publishRoster } from './roster.js';
import { buildRoster } from './roster-build.js';
import { exportRoster, ROSTER_FORMATS } from './roster-export.js';
import { ShiftOut, StandbyPlanOut, StationDayQuery, StationRef, VanTypeEnum } from './schemas.js';
import { checkIn } from './shifts.js';

const Count = z.number().int().min(0).max(100_000);

const RouteIn = z.strictObject({
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

const BoardOut = z.union([
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

const Version = z.object({ version: z.number().int().min(0) });

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

/** The day: routes, the roster and its board, callouts, rescues, day close. */
export function boardRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['dispatch'];
  const read = { permission: 'dispatch.read' } as const;
  const write = { permission: 'dispatch.write' } as const;

  /** The date asked for, or today at the station. */
  const dayOf = async (
    actor: ReturnType<typeof actorOf>,
    q: { stationId: string; date?: string | undefined },
  ) => q.date ?? localDate((await visibleStation(db, actor, q.stationId)).time_zone);

  app.get(
    '/dispatch/board',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'The dispatch board of a station’s day (default today there); with `since`, only `{changed: false}` while the board is unchanged',
        querystring: StationDayQuery.extend({ since: z.coerce.number().int().min(0).optional() }),
        response: { 200: BoardOut },
      },
    },
    async (req) => boardView(db, actorOf(req), req.query.stationId, req.query.date, req.query.since),
  );

  app.get(
    '/dispatch/standby',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'The day’s standby plan: the chance today’s scheduled DAs cover every route (station’s own callout history) and standbys needed for the target',
        querystring: StationDayQuery,
        response: { 200: z.object({ target: z.number(), plan: StandbyPlanOut }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return dayStandbyPlan(db, actor, req.query.stationId, await dayOf(actor, req.query));
    },
  );

  app.post(
    '/dispatch/routes',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Add a route to a station’s day by hand',
        querystring: z.object({ stationId: z.string().min(1).max(100), date: CalendarDate }),
        body: RouteIn,
        response: { 201: RouteOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addRoute(db, actorOf(req), req.query.stationId, req.query.date, req.body)),
  );

  app.put(
    '/dispatch/routes/:id',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Change a route’s plan; refused (409) if it changed since the version you were shown',
        params: IdParams,
        body: RouteIn.extend(Version.shape),
        response: { 200: RouteOut },
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      return changeRoute(db, actorOf(req), req.params.id, version, input);
    },
  );

  app.delete(
    '/dispatch/routes/:id',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Remove a route Amazon took back (not once closed)',
        params: IdParams,
        querystring: z.object({ version: z.coerce.number().int().min(0) }),
      },
    },
    async (req, reply) => {
      await removeRoute(db, actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );

  app.post(
    '/dispatch/routes/:id/assign',
    {
      config: { access: write },
      schema: {
        tags,
        summary:
          'Put a DA and a van on a route (null leaves it open); refused when not cleared, not qualified or the van is out of service, or when the route changed since your version',
        params: IdParams,
        body: z.strictObject({
          driverId: z.string().min(1).max(100).nullable(),
          vanId: z.string().min(1).max(100).nullable(),
          version: z.number().int().min(0),
          pinned: z.boolean().optional(),
        }),
        response: { 200: z.object({ version: z.number(), warnings: z.array(z.string()) }) },
      },
    },
    async (req) => assignRoute(db, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/dispatch/routes/:id/replacements',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'Who could take this route now: standbys first, then DAs off today who are available, with overtime',
        params: IdParams,
        response: {
          200: z.object({
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
          }),
        },
      },
    },
    async (req) => replacementsFor(db, actorOf(req), req.params.id),
  );

  app.post(
    '/dispatch/routes/:id/close',
    {
      config: { access: write },
      schema: {
        tags,
        summary:
          'Close a route: actual start and end (local times), stops completed, packages delivered and returned',
        params: IdParams,
        body: z.strictObject({
          version: z.number().int().min(0),
          actualStart: HHMM,
          actualEnd: HHMM,
          stopsCompleted: Count,
          packagesDelivered: Count,
          packagesReturned: Count,
        }),
        response: { 200: RouteOut },
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      return closeRoute(db, actorOf(req), req.params.id, version, input);
    },
  );

  app.post(
    '/dispatch/roster/build',
    {
      config: { access: write },
      schema: {
        tags,
        summary:
          'Build the day’s roster exactly: every route not pinned or closed gets the best DA and van the hard limits allow (coverage first, then no avoidable overtime, then pay and preferences), or says what is missing. Overtime past the org’s weekly line is the dispatcher’s decision: approve (up to the minutes shown) or decline',
        querystring: StationDayQuery,
        body: z
          .strictObject({
            overtime: z.enum(['approve', 'decline']).optional(),
            approvedMinutes: z.number().int().min(1).max(100_000).optional(),
          })
          .nullish(), // a plain POST (no answer yet) has no body
        response: {
          200: z.object({
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
          }),
        },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { timing, ...built } = await buildRoster(
        db,
        actor,
        req.query.stationId,
        await dayOf(actor, req.query),
        req.body ?? {},
      );
      const dur = (ms: number) => ms.toFixed(1);
      reply.header(
        'server-timing',
        `load;dur=${dur(timing.loadMs)}, solve;dur=${dur(timing.solveMs)}, save;dur=${dur(timing.saveMs)}`,
      );
      return built;
    },
  );

  app.post(
    '/dispatch/roster/publish',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Publish the day’s roster: each DA is told their route, van, staging location and wave time',
        querystring: StationDayQuery,
        response: {
          200: z.object({
            version: z.number(),
            publishedAt: z.string(),
            dasNotified: z.number(),
            uncovered: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return publishRoster(db, actor, req.query.stationId, await dayOf(actor, req.query));
    },
  );

  app.get(
    '/dispatch/roster/export',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The day’s roster as CSV, Excel or a printable PDF (one row per route, by wave)',
        querystring: StationDayQuery.extend({ format: z.enum(ROSTER_FORMATS).default('csv') }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const date = await dayOf(actor, req.query);
      const file = await exportRoster(db, actor, req.query.stationId, date, req.query.format);
      return reply
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .type(file.contentType)
        .send(file.body);
    },
  );

  app.post(
    '/dispatch/callouts',
    {
      config: { access: write },
      schema: {
        tags,
        summary:
          'Mark a callout or no-show: logged in attendance, the shift marked, the DA’s route back to uncovered',
        body: z.strictObject({
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
        }),
        response: {
          200: z.object({
            version: z.number(),
            attendanceEventId: z.string(),
            uncoveredRouteIds: z.array(z.string()),
          }),
        },
      },
    },
    async (req) => markCallout(db, actorOf(req), req.body),
  );

  app.post(
    '/dispatch/shifts/:id/check-in',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Mark a DA arrived at the station',
        params: IdParams,
        response: { 200: ShiftOut },
      },
    },
    async (req) => checkIn(db, actorOf(req), req.params.id),
  );

  app.post(
    '/dispatch/rescues',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Record a rescue: who took how many stops and packages off which route, and when',
        body: z.strictObject({
          routeId: z.string().min(1).max(100),
          rescuerDriverId: z.string().min(1).max(100),
          stops: Count,
          packages: Count,
          startTime: HHMM,
          endTime: HHMM.nullable().optional(),
          note: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send({ id: (await recordRescue(db, actorOf(req), req.body)).id }),
  );

  app.delete(
    '/dispatch/rescues/:id',
    {
      config: { access: write },
      schema: { tags, summary: 'Remove a rescue recorded by mistake', params: IdParams },
    },
    async (req, reply) => {
      await removeRescue(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/dispatch/rescues/summary',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Rescues per DA at a station over a period: given (stops and packages taken) and received',
        querystring: z.object({
          stationId: z.string().min(1).max(100),
          from: CalendarDate,
          to: CalendarDate,
        }),
        response: {
          200: z.object({
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
          }),
        },
      },
    },
    async (req) => ({
      items: await rescueCounts(db, actorOf(req), req.query.stationId, req.query.from, req.query.to),
    }),
  );
}
