import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { CalendarDate, HHMM } from '../shared/date-schemas.js';
import { IdParams } from '../tenancy/schemas.js';
import {
  amazonEventsOfDay,
  recordDelay,
  recordLateCancel,
  removeDelay,
  removeLateCancel,
} from './amazon-events.js';
import { DISPATCH_READ, DISPATCH_WRITE } from './board-schemas.js';

const Note = z.string().trim().max(500).nullable().optional();

const LateCancelIn = z.strictObject({ time: HHMM, note: Note });
const LateCancelOut = z.object({
  id: z.string(),
  routeId: z.string(),
  code: z.string(),
  time: z.string(),
  note: z.string().nullable(),
  recordedBy: z.string(),
});
const DelayIn = z.strictObject({
  routeIds: z.array(z.string().min(1).max(100)).min(1).max(200),
  minutes: z.number().int().min(1).max(720),
  note: Note,
});
const DelayOut = z.object({
  id: z.string(),
  minutes: z.number(),
  routeIds: z.array(z.string()),
  codes: z.array(z.string()),
  note: z.string().nullable(),
  recordedBy: z.string(),
});
const DayQuery = z.object({ stationId: z.string().min(1).max(100), date: CalendarDate });

/** Amazon's decisions on the day, recorded from the board: late cancels and unplanned delays. */
export function amazonEventRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['dispatch'];

  app.get(
    '/dispatch/amazon-events',
    {
      config: { access: DISPATCH_READ },
      schema: {
        tags,
        summary: 'A station’s day: routes Amazon cancelled after we staffed them, and unplanned delays',
        querystring: DayQuery,
        response: { 200: z.object({ lateCancels: z.array(LateCancelOut), delays: z.array(DelayOut) }) },
      },
    },
    async (req) => amazonEventsOfDay(db, actorOf(req), req.query.stationId, req.query.date),
  );

  app.put(
    '/dispatch/routes/:id/late-cancel',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary: 'Record that Amazon cancelled a staffed route (when, who); its DA keeps the day',
        params: IdParams,
        body: LateCancelIn,
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (req) => ({ id: (await recordLateCancel(db, actorOf(req), req.params.id, req.body)).id }),
  );

  app.delete(
    '/dispatch/routes/:id/late-cancel',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: { tags, summary: 'Remove a late cancel recorded by mistake', params: IdParams },
    },
    async (req, reply) => {
      await removeLateCancel(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/dispatch/delays',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary: 'Log an unplanned delay (minutes, on which routes, a note such as a late truck)',
        body: DelayIn,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send({ id: (await recordDelay(db, actorOf(req), req.body)).id }),
  );

  app.delete(
    '/dispatch/delays/:id',
    {
      config: { access: DISPATCH_WRITE },
      schema: { tags, summary: 'Remove a delay logged by mistake', params: IdParams },
    },
    async (req, reply) => {
      await removeDelay(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
