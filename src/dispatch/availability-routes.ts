import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { CalendarDate, PlanningDate } from '../shared/date-schemas.js';
import { IdParams } from '../tenancy/schemas.js';
import { availabilityOf, removeException, setException, setPattern } from './availability.js';
import { AvailabilityOut, ExceptionOut, PatternIn, PatternOut, TimeOffIn, TimeOffOut } from './schemas.js';
import { decideTimeOff, requestTimeOff, timeOffQueue } from './time-off.js';

/** When each DA can work: weekly availability, dated exceptions, and time off asked for and decided. */
export function availabilityRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['schedule'];
  const read = { permission: 'schedule.read' } as const;
  const write = { permission: 'schedule.write' } as const;

  app.get(
    '/drivers/:id/availability',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A DA’s weekly availability, dated exceptions and time-off requests',
        params: IdParams,
        response: { 200: AvailabilityOut },
      },
    },
    async (req) => availabilityOf(db, actorOf(req), req.params.id),
  );

  app.put(
    '/drivers/:id/availability',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Set a DA’s weekly availability, preferred days and days wanted',
        params: IdParams,
        body: PatternIn,
        response: { 200: PatternOut },
      },
    },
    async (req) => setPattern(db, actorOf(req), req.params.id, req.body),
  );

  app.put(
    '/drivers/:id/availability/exceptions',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Mark one date available or not, whatever the weekly pattern says',
        params: IdParams,
        body: z.strictObject({
          date: PlanningDate,
          available: z.boolean(),
          note: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 200: ExceptionOut },
      },
    },
    async (req) => setException(db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/drivers/:id/availability/exceptions/:exceptionId',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Remove a dated exception',
        params: z.object({ id: z.string().max(100), exceptionId: z.string().max(100) }),
      },
    },
    async (req, reply) => {
      await removeException(db, actorOf(req), req.params.id, req.params.exceptionId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/drivers/:id/time-off',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Ask for time off on a DA’s behalf (it waits for a manager like the DA’s own request)',
        params: IdParams,
        body: TimeOffIn,
        response: { 201: TimeOffOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await requestTimeOff(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/schedule/time-off',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'Time-off requests of the DAs you see (at one station if given), in one status (pending by default), soonest first',
        querystring: z.object({
          status: z.enum(['pending', 'approved', 'denied', 'cancelled']).default('pending'),
          from: CalendarDate.optional(),
          stationId: z.string().min(1).max(100).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              TimeOffOut.extend({
                driver: z.object({
                  id: z.string(),
                  firstName: z.string(),
                  lastName: z.string(),
                  homeStationId: z.string(),
                }),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await timeOffQueue(db, actorOf(req), req.query) }),
  );

  app.post(
    '/schedule/time-off/:id/decide',
    {
      config: { access: { permission: 'timeoff.decide' }, refuses: [409] },
      schema: {
        tags,
        summary:
          'Approve (takes the DA’s shifts in those days off the schedule) or deny (with a reason) a request',
        params: IdParams,
        body: z.strictObject({
          approve: z.boolean(),
          note: z.string().trim().max(500).nullable().optional(),
        }),
        response: {
          200: z.object({
            request: TimeOffOut,
            shiftsRemoved: z.array(z.object({ date: z.string(), kind: z.string() })),
          }),
        },
      },
    },
    async (req) => decideTimeOff(db, actorOf(req), req.params.id, req.body),
  );
}
